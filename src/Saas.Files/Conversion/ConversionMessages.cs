namespace Saas.Files.Conversion;

/// <summary>Bilingual texts, "Vietnamese / English", like the intake's, for the problems a failed conversion becomes.</summary>
public static class ConversionMessages
{
    public static string For(ConversionFailure failure) => failure switch
    {
        ConversionFailure.QueueFull =>
            "Máy chủ đang bận chuyển đổi các dự thảo khác; dự thảo chưa được lưu, xin thử lại sau ít phút. "
            + "/ The server is busy converting other drafts; the draft was not saved, please try again in a few minutes.",
        ConversionFailure.Timeout =>
            "Chuyển dự thảo sang PDF quá thời gian cho phép; dự thảo chưa được lưu. Hãy kiểm tra tệp (quá lớn, quá nhiều hình) rồi thử lại. "
            + "/ Converting the draft to PDF took too long; the draft was not saved. Check the file (too large, too many images) and try again.",
        ConversionFailure.Failed =>
            "Không chuyển được dự thảo sang PDF: tệp Word bị hỏng hoặc không đọc được; dự thảo chưa được lưu. "
            + "/ The draft could not be converted to PDF: the Word file is damaged or unreadable; the draft was not saved.",
        _ => "Chức năng chuyển đổi PDF đang tắt / PDF conversion is switched off",
    };
}

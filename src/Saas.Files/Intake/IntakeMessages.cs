using System.Globalization;
using Saas.Files.Sniffing;

namespace Saas.Files.Intake;

/// <summary>Bilingual rejection messages, "Vietnamese / English", as the UI shows them side by side.</summary>
internal static class IntakeMessages
{
    public static IntakeResult.Rejected TooLarge(long maxBytes)
    {
        var limit = FormatSize(maxBytes);
        return new(IntakeErrorCodes.TooLarge,
            $"Tệp vượt quá dung lượng cho phép {limit} / The file exceeds the {limit} limit");
    }

    public static IntakeResult.Rejected Empty() =>
        new(IntakeErrorCodes.Empty, "Tệp không có nội dung / The file is empty");

    public static IntakeResult.Rejected BadName() =>
        new(IntakeErrorCodes.BadName, "Tên tệp không hợp lệ / The file name is not valid");

    public static IntakeResult.Rejected Unsupported(IReadOnlySet<string> allowedMediaTypes)
    {
        var allowed = AllowedLabels(allowedMediaTypes);
        return new(IntakeErrorCodes.UnsupportedType,
            $"Định dạng tệp không được hỗ trợ (chấp nhận: {allowed}) / Unsupported file type (allowed: {allowed})");
    }

    public static IntakeResult.Rejected Disguised(SniffVerdict verdict)
    {
        var claimed = verdict.ClaimedExtension.Length == 0 ? "?" : verdict.ClaimedExtension;
        return new(IntakeErrorCodes.Disguised,
            $"Nội dung tệp không khớp với phần mở rộng {claimed} / The file content does not match its {claimed} extension");
    }

    public static IntakeResult.Rejected Bomb(long maxInflatedBytes)
    {
        var limit = FormatSize(maxInflatedBytes);
        return new(IntakeErrorCodes.Bomb,
            $"Tệp nén giải nén ra quá lớn hoặc có tỷ lệ nén bất thường (giới hạn {limit}) / The compressed file expands too far or has an abnormal compression ratio (limit {limit})");
    }

    public static IntakeResult.Rejected ActiveContent() =>
        new(IntakeErrorCodes.ActiveContent,
            "Tệp PDF chứa mã JavaScript, lệnh chạy chương trình hoặc tệp đính kèm bên trong; không được chấp nhận / The PDF carries JavaScript, a launch action or embedded files and is not accepted");

    /// <summary>Whole MB when possible ("20 MB"), otherwise one decimal, KB below a megabyte.</summary>
    internal static string FormatSize(long bytes)
    {
        const double Mb = 1024 * 1024;
        return bytes >= Mb
            ? (bytes / Mb).ToString("0.#", CultureInfo.InvariantCulture) + " MB"
            : (bytes / 1024d).ToString("0.#", CultureInfo.InvariantCulture) + " KB";
    }

    private static string AllowedLabels(IReadOnlySet<string> allowedMediaTypes) =>
        string.Join(", ", FileKinds.All.Where(k => allowedMediaTypes.Contains(k.MediaType)).Select(k => k.Label));
}

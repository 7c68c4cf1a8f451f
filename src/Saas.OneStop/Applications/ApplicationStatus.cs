namespace Saas.OneStop.Applications;

/// <summary>
/// TrangThaiHoSo of the national public-service portal (DVCQG), kept as the stored value so that synchronising
/// with the portal is a mapping, not a rewrite.
/// </summary>
public static class ApplicationStatus
{
    public const short New = 1;                 // Mới đăng ký
    public const short Received = 2;            // Được tiếp nhận
    public const short NotReceived = 3;         // Không được tiếp nhận
    public const short Processing = 4;          // Đang xử lý
    public const short SupplementRequested = 5; // Yêu cầu bổ sung giấy tờ
    public const short FinancialObligation = 6; // Yêu cầu thực hiện nghĩa vụ tài chính
    public const short Withdrawn = 7;           // Công dân yêu cầu rút hồ sơ
    public const short Stopped = 8;             // Dừng xử lý
    public const short Done = 9;                // Đã xử lý xong
    public const short Returned = 10;           // Đã trả kết quả

    public static string Name(short status) => status switch
    {
        New => "Mới đăng ký",
        Received => "Được tiếp nhận",
        NotReceived => "Không được tiếp nhận",
        Processing => "Đang xử lý",
        SupplementRequested => "Yêu cầu bổ sung giấy tờ",
        FinancialObligation => "Yêu cầu thực hiện nghĩa vụ tài chính",
        Withdrawn => "Công dân yêu cầu rút hồ sơ",
        Stopped => "Dừng xử lý",
        Done => "Đã xử lý xong",
        Returned => "Đã trả kết quả",
        _ => status.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Processing is over: no more hand-overs, the timeliness is fixed.</summary>
    public static bool IsClosed(short status) => status is NotReceived or Withdrawn or Stopped or Returned;

    /// <summary>Officers may still act on it (route, pause, finish).</summary>
    public static bool IsOpen(short status) => status is Received or Processing or SupplementRequested or FinancialObligation;
}

/// <summary>KenhThucHien: how the application reached the agency.</summary>
public static class Channels
{
    public const short Counter = 1;
    public const short Online = 2;
    public const short Post = 3;

    public static string Name(short channel) => channel switch
    {
        Counter => "Trực tiếp",
        Online => "Trực tuyến",
        Post => "Bưu chính công ích",
        _ => "?",
    };
}

/// <summary>Whether a step or the whole application ended before, on or after its due time (phiếu kiểm soát).</summary>
public static class Timeliness
{
    public const string Early = "early";
    public const string OnTime = "on-time";
    public const string Late = "late";

    /// <summary>"Trước hạn" when finished on a working day before the due day, "đúng hạn" on the due day, "quá hạn" after.</summary>
    public static string Of(DateTimeOffset finished, DateTimeOffset due)
    {
        if (finished > due)
        {
            return Late;
        }
        var f = Saas.Calendar.VietnamTime.ToLocal(finished).Date;
        var d = Saas.Calendar.VietnamTime.ToLocal(due).Date;
        return f < d ? Early : OnTime;
    }

    public static string Name(string? value) => value switch
    {
        Early => "Trước hạn",
        OnTime => "Đúng hạn",
        Late => "Quá hạn",
        _ => "",
    };
}

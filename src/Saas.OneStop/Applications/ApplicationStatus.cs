namespace Saas.OneStop.Applications;

/// <summary>
/// TrangThaiHoSo of the national public-service portal (DVCQG), kept as the stored smallint so that synchronising
/// with the portal is a mapping, not a rewrite. Which step each status allows is <see cref="Application.WhyNot"/>.
/// </summary>
public enum ApplicationStatus : short
{
    New = 1,                 // Mới đăng ký
    Received = 2,            // Được tiếp nhận
    NotReceived = 3,         // Không được tiếp nhận
    Processing = 4,          // Đang xử lý
    SupplementRequested = 5, // Yêu cầu bổ sung giấy tờ
    FinancialObligation = 6, // Yêu cầu thực hiện nghĩa vụ tài chính
    Withdrawn = 7,           // Công dân yêu cầu rút hồ sơ
    Stopped = 8,             // Dừng xử lý
    Done = 9,                // Đã xử lý xong
    Returned = 10,           // Đã trả kết quả
}

public static class ApplicationStatusNames
{
    public static string NameKey(this ApplicationStatus status) => "onestop.status." + ((short)status).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The national name of the status in the current UI culture.</summary>
    public static string Name(this ApplicationStatus status) => Saas.Platform.Text.Texts.Get(status.NameKey());

    /// <summary>The national (Vietnamese) name, for what citizens are sent and the legal forms.</summary>
    public static string VietnameseName(this ApplicationStatus status) => OneStopTexts.Vietnamese(status.NameKey());

    /// <summary>Processing is over: no more hand-overs, the timeliness is fixed.</summary>
    public static bool IsClosed(this ApplicationStatus status) => status is ApplicationStatus.NotReceived or ApplicationStatus.Withdrawn or ApplicationStatus.Stopped or ApplicationStatus.Returned;

    /// <summary>Officers may still act on it (route, pause, finish).</summary>
    public static bool IsOpen(this ApplicationStatus status) => status is ApplicationStatus.Received or ApplicationStatus.Processing or ApplicationStatus.SupplementRequested or ApplicationStatus.FinancialObligation;
}

/// <summary>KenhThucHien: how the application reached the agency.</summary>
public static class Channels
{
    public const short Counter = 1;
    public const short Online = 2;
    public const short Post = 3;

    /// <summary>The channel's name in the current UI culture.</summary>
    public static string Name(short channel) => Saas.Platform.Text.Texts.Get(NameKey(channel));

    public static string NameKey(short channel) => channel is Counter or Online or Post
        ? "onestop.channel." + channel.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : "onestop.channel.unknown";

    /// <summary>The Vietnamese name, for the stored history and the legal forms.</summary>
    public static string VietnameseName(short channel) => OneStopTexts.Vietnamese(NameKey(channel));
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

    /// <summary>"Trước hạn", "Đúng hạn", "Quá hạn" in the current UI culture; nothing before the end.</summary>
    public static string Name(string? value) => value is Early or OnTime or Late ? Saas.Platform.Text.Texts.Get("onestop.timeliness." + value) : "";

    /// <summary>The Vietnamese name, for the legal forms and the tracking book.</summary>
    public static string VietnameseName(string? value) => value is Early or OnTime or Late ? OneStopTexts.Vietnamese("onestop.timeliness." + value) : "";
}

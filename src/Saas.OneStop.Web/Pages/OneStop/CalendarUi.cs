using Saas.Calendar;

namespace Saas.OneStop.Web.Pages.OneStop;

/// <summary>Day kinds and year bounds shared by the platform calendar page and the tenant's local days page.</summary>
public static class CalendarUi
{
    /// <summary>The YAML keys the calendar service accepts, in the order an admin meets them.</summary>
    public static readonly string[] Kinds = [.. Enum.GetValues<CalendarDayKind>().Select(k => k.YamlKey())];

    public const string DateError = "onestop.web.date_format";

    /// <summary>The service's draft generator covers 2000–2100; other years are clamped rather than failing.</summary>
    public static int Year(int? requested, TimeProvider clock) =>
        Math.Clamp(requested ?? Saas.Calendar.VietnamTime.Today(clock).Year, 2000, 2100);

    public static string KindKey(string kind) => "OSA.kind." + kind;

    public static string DayOfWeekKey(DateOnly d) => "OSA.dow." + (int)d.DayOfWeek;
}

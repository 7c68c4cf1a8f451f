using System.Globalization;

namespace Saas.Calendar;

/// <summary>
/// The one helper for the civil time of Vietnam (Asia/Ho_Chi_Minh), in which deadlines are counted, numbering years
/// change and every date shown to users is written (dd/MM/yyyy). Every module reaches it through Saas.Platform.
/// </summary>
public static class VietnamTime
{
    public static TimeZoneInfo Zone { get; } = ResolveZone();

    /// <summary>A local Vietnamese wall-clock time as an instant.</summary>
    public static DateTimeOffset At(int year, int month, int day, int hour = 0, int minute = 0) =>
        FromLocal(new System.DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified));

    public static DateTimeOffset FromLocal(System.DateTime local)
    {
        var unspecified = System.DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified));
    }

    /// <summary>The Vietnamese wall-clock time of an instant given in any offset.</summary>
    public static System.DateTime ToLocal(DateTimeOffset instant) =>
        System.DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(instant, Zone).DateTime, DateTimeKind.Unspecified);

    /// <summary>The same instant with Vietnam's offset (+07:00).</summary>
    public static DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>Today's date in Vietnam.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Local(clock.GetUtcNow()).DateTime);

    /// <summary>dd/MM/yyyy of an instant, in Vietnam.</summary>
    public static string Date(DateTimeOffset instant) => Local(instant).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>dd/MM/yyyy HH:mm of an instant, in Vietnam.</summary>
    public static string DateTime(DateTimeOffset instant) => Local(instant).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    private static TimeZoneInfo ResolveZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // Minimal containers may lack tzdata; Vietnam has had a fixed UTC+7 without daylight saving since 1975.
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Ho_Chi_Minh", TimeSpan.FromHours(7), "Vietnam", "Vietnam");
        }
    }
}

namespace Saas.Calendar;

/// <summary>Conversions to and from the civil time of Vietnam (Asia/Ho_Chi_Minh), in which all deadlines are counted.</summary>
public static class VietnamTime
{
    public static TimeZoneInfo Zone { get; } = ResolveZone();

    /// <summary>A local Vietnamese wall-clock time as an instant.</summary>
    public static DateTimeOffset At(int year, int month, int day, int hour = 0, int minute = 0) =>
        FromLocal(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified));

    public static DateTimeOffset FromLocal(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified));
    }

    /// <summary>The Vietnamese wall-clock time of an instant given in any offset.</summary>
    public static DateTime ToLocal(DateTimeOffset instant) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(instant, Zone).DateTime, DateTimeKind.Unspecified);

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

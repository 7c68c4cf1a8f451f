namespace Saas.Platform.Demo;

/// <summary>Days and hours of the seeded year, in Vietnam time (UTC+7, no daylight saving).</summary>
public static class DemoCalendar
{
    public static readonly TimeSpan Vn = TimeSpan.FromHours(7);

    public static DateOnly Today(DateTime nowUtc) => DateOnly.FromDateTime(nowUtc + Vn);

    /// <summary>Monday–Friday of the year, up to today (Vietnam time) for the current year.</summary>
    public static List<DateOnly> WorkingDays(int year, DateTime nowUtc)
    {
        var today = Today(nowUtc);
        var days = new List<DateOnly>();
        for (var d = new DateOnly(year, 1, 1); d.Year == year && d <= today; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days.Add(d);
            }
        }
        if (days.Count == 0)
        {
            days.Add(today);
        }
        return days;
    }

    /// <summary>Monday–Friday only: holidays are ignored by the generators (the live services use the calendar).</summary>
    public static DateOnly AddWorkingDays(DateOnly day, int n)
    {
        while (n > 0)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                n--;
            }
        }
        return day;
    }

    /// <summary>The UTC instant of a local hour (fractional) of a Vietnamese day.</summary>
    public static DateTime Utc(DateOnly day, double localHour) =>
        DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue).AddHours(localHour) - Vn, DateTimeKind.Utc);
}

namespace Saas.Calendar;

/// <summary>Working time arithmetic on Vietnamese wall-clock times: office hours on working days only.</summary>
internal sealed class WorkingTimeline(WorkingDayCalendar calendar, OfficeHours hours)
{
    public WorkingDayCalendar Calendar => calendar;

    public DateTime Opening(DateOnly day) => day.ToDateTime(hours.Opening);

    public DateTime Closing(DateOnly day) => day.ToDateTime(hours.Closing);

    /// <summary>
    /// <paramref name="moment"/> itself when it is inside office hours of a working day; otherwise the next start of
    /// a working period (after lunch, the next morning, the next working day).
    /// </summary>
    public DateTime WorkingMomentAtOrAfter(DateTime moment)
    {
        var day = DateOnly.FromDateTime(moment);
        if (calendar.IsWorkingDay(day))
        {
            foreach (var period in hours.Periods)
            {
                if (day.ToDateTime(period.End) > moment)
                {
                    return Max(moment, day.ToDateTime(period.Start));
                }
            }
        }
        return Opening(calendar.NextWorkingDay(day));
    }

    /// <summary>
    /// The moment <paramref name="duration"/> of working time after <paramref name="start"/>. A result that falls
    /// exactly at the end of a period stays there (11:30, 17:00) rather than jumping to the next opening.
    /// </summary>
    public DateTime Add(DateTime start, TimeSpan duration)
    {
        if (duration < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "Must not be negative.");
        }
        if (duration == TimeSpan.Zero)
        {
            return start;
        }

        var remaining = duration;
        var cursor = start;
        while (true)
        {
            var day = DateOnly.FromDateTime(cursor);
            if (calendar.IsWorkingDay(day))
            {
                foreach (var period in hours.Periods)
                {
                    var periodEnd = day.ToDateTime(period.End);
                    if (periodEnd <= cursor)
                    {
                        continue;
                    }
                    var from = Max(cursor, day.ToDateTime(period.Start));
                    var available = periodEnd - from;
                    if (remaining <= available)
                    {
                        return from + remaining;
                    }
                    remaining -= available;
                }
            }
            cursor = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        }
    }

    /// <summary>Working time inside [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public TimeSpan Between(DateTime from, DateTime to)
    {
        var total = TimeSpan.Zero;
        for (var day = DateOnly.FromDateTime(from); day <= DateOnly.FromDateTime(to); day = day.AddDays(1))
        {
            if (!calendar.IsWorkingDay(day))
            {
                continue;
            }
            foreach (var period in hours.Periods)
            {
                var start = Max(from, day.ToDateTime(period.Start));
                var end = Min(to, day.ToDateTime(period.End));
                if (end > start)
                {
                    total += end - start;
                }
            }
        }
        return total;
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}

namespace Saas.Calendar;

/// <summary>The processing time limit (thời hạn giải quyết) of a procedure.</summary>
public readonly record struct TimeLimit
{
    private TimeLimit(TimeLimitUnit unit, int days, TimeSpan duration)
    {
        Unit = unit;
        Days = days;
        Duration = duration;
    }

    public TimeLimitUnit Unit { get; }

    /// <summary>Working days when <see cref="Unit"/> is <see cref="TimeLimitUnit.WorkingDays"/>; 0 means "within the day of receipt" (trong ngày).</summary>
    public int Days { get; }

    /// <summary>Working time when <see cref="Unit"/> is <see cref="TimeLimitUnit.WorkingHours"/>.</summary>
    public TimeSpan Duration { get; }

    public static TimeLimit WorkingDays(int days) =>
        days < 0 ? throw new ArgumentOutOfRangeException(nameof(days), days, "Must not be negative.") : new(TimeLimitUnit.WorkingDays, days, TimeSpan.Zero);

    public static TimeLimit WorkingHours(double hours) => WorkingTime(TimeSpan.FromHours(hours));

    public static TimeLimit WorkingTime(TimeSpan duration) =>
        duration <= TimeSpan.Zero ? throw new ArgumentOutOfRangeException(nameof(duration), duration, "Must be positive.") : new(TimeLimitUnit.WorkingHours, 0, duration);

    public override string ToString() =>
        Unit == TimeLimitUnit.WorkingDays ? $"{Days} ngày làm việc" : $"{Duration.TotalHours:0.##} giờ làm việc";
}

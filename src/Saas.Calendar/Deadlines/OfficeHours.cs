namespace Saas.Calendar;

/// <summary>The office hours (giờ làm việc hành chính) of a working day, used to count working time.</summary>
public sealed class OfficeHours
{
    /// <summary>
    /// ASSUMPTION, configurable: morning 07:30–11:30 and afternoon 13:30–17:00 (7.5 h). Provinces set their own
    /// office hours (often seasonal: summer/winter) by decision of the provincial People's Committee; the actual
    /// Thanh Hóa hours were not established, so a tenant should configure them.
    /// </summary>
    public static OfficeHours Default { get; } = new(
        new WorkingPeriod(new TimeOnly(7, 30), new TimeOnly(11, 30)),
        new WorkingPeriod(new TimeOnly(13, 30), new TimeOnly(17, 0)));

    public OfficeHours(params IEnumerable<WorkingPeriod> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        Periods = [.. periods];
        if (Periods.Count == 0)
        {
            throw new ArgumentException("At least one working period is needed.", nameof(periods));
        }
        for (var i = 0; i < Periods.Count; i++)
        {
            if (Periods[i].End <= Periods[i].Start)
            {
                throw new ArgumentException($"Period {Periods[i]} ends before it starts.", nameof(periods));
            }
            if (i > 0 && Periods[i].Start < Periods[i - 1].End)
            {
                throw new ArgumentException("Periods must be in order and must not overlap.", nameof(periods));
            }
        }
    }

    public IReadOnlyList<WorkingPeriod> Periods { get; }

    /// <summary>Working time in one full working day; a time limit of N days is N × this under the working-time convention.</summary>
    public TimeSpan DailyWorkingTime => Periods.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.Length);

    public TimeOnly Opening => Periods[0].Start;

    public TimeOnly Closing => Periods[^1].End;
}

namespace Saas.Calendar;

/// <summary>
/// Which civil dates are working days for a state agency: Monday–Friday (weekly rest Saturday and Sunday, the
/// 40-hour five-day week of state agencies) changed by the dated entries of the official calendar.
/// </summary>
/// <remarks>
/// Tenant-local days are applied over the national ones and win on the same date, so a province or commune
/// can add a local day off (or a local make-up day) without editing the national file.
/// </remarks>
public sealed class WorkingDayCalendar
{
    private static readonly DayOfWeek[] SaturdaySunday = [DayOfWeek.Saturday, DayOfWeek.Sunday];

    private readonly Dictionary<DateOnly, CalendarDay> days = [];
    private readonly HashSet<DayOfWeek> weeklyRestDays;

    public WorkingDayCalendar(
        IEnumerable<CalendarDay> days,
        IEnumerable<CalendarDay>? tenantDays = null,
        IEnumerable<DayOfWeek>? weeklyRestDays = null)
    {
        ArgumentNullException.ThrowIfNull(days);
        this.weeklyRestDays = [.. weeklyRestDays ?? SaturdaySunday];
        if (this.weeklyRestDays.Count >= 7)
        {
            // Every search for "the next working day" would never end.
            throw new ArgumentException("At least one day of the week must be a working day.", nameof(weeklyRestDays));
        }

        Add(days);
        if (tenantDays is not null)
        {
            Add(tenantDays);
        }
    }

    public IReadOnlySet<DayOfWeek> WeeklyRestDays => weeklyRestDays;

    /// <summary>The dated entries in force, in date order.</summary>
    public IReadOnlyList<CalendarDay> Days => [.. days.Values.OrderBy(d => d.Date)];

    /// <summary>The dated entry for <paramref name="date"/>, if any.</summary>
    public CalendarDay? Find(DateOnly date) => days.GetValueOrDefault(date);

    public bool IsWorkingDay(DateOnly date) =>
        days.TryGetValue(date, out var entry) ? !entry.IsDayOff : !weeklyRestDays.Contains(date.DayOfWeek);

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly date)
    {
        do
        {
            date = date.AddDays(1);
        }
        while (!IsWorkingDay(date));
        return date;
    }

    /// <summary>The last working day strictly before <paramref name="date"/>.</summary>
    public DateOnly PreviousWorkingDay(DateOnly date)
    {
        do
        {
            date = date.AddDays(-1);
        }
        while (!IsWorkingDay(date));
        return date;
    }

    /// <summary>
    /// The date <paramref name="workingDays"/> working days after <paramref name="start"/> (before it when negative);
    /// <paramref name="start"/> itself is never counted, like a spreadsheet's WORKDAY. 0 returns <paramref name="start"/>.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        var date = start;
        for (var i = 0; i < Math.Abs(workingDays); i++)
        {
            date = workingDays > 0 ? NextWorkingDay(date) : PreviousWorkingDay(date);
        }
        return date;
    }

    /// <summary>
    /// Working days in the inclusive range [<paramref name="from"/>, <paramref name="to"/>]; negative when
    /// <paramref name="to"/> is before <paramref name="from"/> (like NETWORKDAYS).
    /// </summary>
    public int CountWorkingDays(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -CountWorkingDays(to, from);
        }
        var count = 0;
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>Adds one list; a later list replaces earlier entries on the same date.</summary>
    private void Add(IEnumerable<CalendarDay> entries)
    {
        var seen = new HashSet<DateOnly>();
        foreach (var entry in entries)
        {
            ArgumentNullException.ThrowIfNull(entry);
            // Two entries for one date in the same list is a data error; silently picking one would hide it.
            if (!seen.Add(entry.Date))
            {
                throw new ArgumentException($"Two calendar entries for {entry.Date:yyyy-MM-dd}.", nameof(entries));
            }
            days[entry.Date] = entry;
        }
    }
}

namespace Saas.WorkFiles.Reminders;

/// <summary>Bound from <c>Reminders</c>.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Days before the deadline at which a handler is reminded (0 = on the day); overdue is always reminded once.</summary>
    public List<int> DaysBefore { get; set; } = [];

    public static readonly IReadOnlyList<int> DefaultDaysBefore = [3, 1, 0];

    /// <summary>Warn the creator this many days before a closed file is due for deposit (Nghị định 30: 30 days).</summary>
    public int DepositWarningDays { get; set; } = 30;

    public int IntervalMinutes { get; set; } = 15;
}

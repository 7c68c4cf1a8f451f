namespace Saas.WorkFiles.Reminders;

/// <summary>
/// Which reminder a deadline deserves today: the closest threshold already reached ("3 days left", "1 day left",
/// "due today") or "overdue" (-1). A job that did not run for a while sends only the current one, not every missed one.
/// </summary>
public static class ReminderThresholds
{
    public const int Overdue = -1;

    public static int? For(DateOnly deadline, DateOnly today, IReadOnlyList<int> daysBefore)
    {
        var left = deadline.DayNumber - today.DayNumber;
        if (left < 0)
        {
            return Overdue;
        }
        var reached = daysBefore.Where(t => left <= t).ToList();
        return reached.Count == 0 ? null : reached.Min();
    }

    /// <summary>"đã quá hạn", "đến hạn hôm nay", "còn 3 ngày đến hạn" (<c>workfiles.reminder.*</c>) in <see cref="ReminderText.Culture"/>.</summary>
    public static string Describe(int threshold) => threshold switch
    {
        Overdue => ReminderText.Get("workfiles.reminder.overdue"),
        0 => ReminderText.Get("workfiles.reminder.due_today"),
        _ => ReminderText.Get("workfiles.reminder.days_left", threshold),
    };
}

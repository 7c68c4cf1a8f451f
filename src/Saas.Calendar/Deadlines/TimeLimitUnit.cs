namespace Saas.Calendar;

public enum TimeLimitUnit
{
    /// <summary>Ngày làm việc.</summary>
    WorkingDays,

    /// <summary>Giờ làm việc (counted within office hours on working days).</summary>
    WorkingHours,
}

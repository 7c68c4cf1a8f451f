namespace Saas.Calendar;

/// <summary>Tenant-level settings of the deadline calculation.</summary>
public sealed record DeadlineOptions
{
    public static DeadlineOptions Default { get; } = new();

    public OfficeHours OfficeHours { get; init; } = OfficeHours.Default;

    public DayCountingConvention Convention { get; init; } = DayCountingConvention.ReceiptDayExcluded;
}

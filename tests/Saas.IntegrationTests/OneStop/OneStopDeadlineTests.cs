using Saas.Calendar;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.OneStop;

/// <summary>
/// Appointment arithmetic over the real Thanh Hóa calendars (tenants/thanh-hoa/calendar), around Tết 2025
/// (27/01–31/01/2025 off, with the weekends 25/01–02/02) and Tết 2026 (16/02–20/02/2026, weekends 14/02–22/02).
/// </summary>
public sealed class OneStopDeadlineTests
{
    private static readonly DeadlineCalculator Calculator = new(new WorkingDayCalendar(
        CalendarYamlLoader.LoadDirectory(Path.Combine(TestEnvironment.TenantsFolder, "calendar")).SelectMany(y => y.Days)));

    private static DateTimeOffset Due(DateTimeOffset received, DeadlineRule rule) => Calculator.Calculate(received, rule).AppointmentAt;

    [Fact]
    public void Three_days_received_the_friday_before_Tet_2025_end_after_the_holiday()
    {
        // Friday 24/01/2025 10:00: days 1–3 are Mon 03/02, Tue 04/02, Wed 05/02.
        var due = Due(VietnamTime.At(2025, 1, 24, 10), new DeadlineRule(TimeLimit.WorkingDays(3)));
        Assert.Equal(new DateOnly(2025, 2, 5), DateOnly.FromDateTime(due.DateTime));
    }

    [Fact]
    public void Received_during_Tet_2026_counts_from_the_first_working_day_after()
    {
        // Wednesday 18/02/2026 (mùng 2 Tết): the receipt day is not counted, counting starts Monday 23/02 → 5 days end Fri 27/02.
        var due = Due(VietnamTime.At(2026, 2, 18, 9), new DeadlineRule(TimeLimit.WorkingDays(5)));
        Assert.Equal(new DateOnly(2026, 2, 27), DateOnly.FromDateTime(due.DateTime));
    }

    [Fact]
    public void Same_day_procedure_after_the_cut_off_before_Tet_2026_moves_past_the_holiday()
    {
        // Friday 13/02/2026 at 15:30, cut-off 15:00: deemed received Monday 23/02, due that day.
        var due = Due(VietnamTime.At(2026, 2, 13, 15, 30), new DeadlineRule(TimeLimit.WorkingDays(0), new TimeOnly(15, 0)));
        Assert.Equal(new DateOnly(2026, 2, 23), DateOnly.FromDateTime(due.DateTime));
    }

    [Fact]
    public void Working_hours_skip_Tet_2025()
    {
        // Friday 24/01/2025 16:00 + 8 working hours: 1 h on Friday, then 7 h from Monday 03/02 07:30.
        var due = Due(VietnamTime.At(2025, 1, 24, 16), new DeadlineRule(TimeLimit.WorkingHours(8)));
        Assert.Equal(new DateOnly(2025, 2, 3), DateOnly.FromDateTime(due.DateTime));
    }

    [Fact]
    public void A_supplement_pause_moves_the_appointment()
    {
        var received = VietnamTime.At(2026, 3, 2, 9); // Monday
        var rule = new DeadlineRule(TimeLimit.WorkingDays(3));
        var plain = Calculator.Calculate(received, rule).AppointmentAt;
        var paused = Calculator.Calculate(received, rule, [new SupplementPause(VietnamTime.At(2026, 3, 3, 7, 30), VietnamTime.At(2026, 3, 5, 7, 30))]).AppointmentAt;
        // Due Thursday 05/03 without the pause; two working days paused move it over the weekend to Monday 09/03.
        Assert.Equal(new DateOnly(2026, 3, 5), DateOnly.FromDateTime(plain.DateTime));
        Assert.Equal(new DateOnly(2026, 3, 9), DateOnly.FromDateTime(paused.DateTime));
    }
}

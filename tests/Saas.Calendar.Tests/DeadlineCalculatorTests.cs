namespace Saas.Calendar.Tests;

public class DeadlineCalculatorTests
{
    private static readonly DeadlineCalculator Calculator = new(OfficialCalendar.ThanhHoa);

    private static readonly DeadlineCalculator FromReceiptMoment = new(
        OfficialCalendar.ThanhHoa,
        new DeadlineOptions { Convention = DayCountingConvention.WorkingTimeFromReceipt });

    private static readonly DeadlineRule ThreeDays = new(TimeLimit.WorkingDays(3));

    [Fact]
    public void Received_Friday_24_01_2025_with_3_working_days_comes_back_after_Tet()
    {
        // By hand: Fri 24/01 is the day of receipt (not counted); 25–26/01 weekend; 27–31/01 Tết; 01–02/02 weekend;
        // Mon 03/02 = day 1, Tue 04/02 = day 2, Wed 05/02 = day 3 → Wednesday 05/02/2025 at 17:00.
        var result = Calculator.Calculate(VietnamTime.At(2025, 1, 24, 9, 0), ThreeDays);

        Assert.Equal(VietnamTime.At(2025, 2, 5, 17, 0), result.AppointmentAt);
        Assert.Equal(VietnamTime.At(2025, 2, 3, 7, 30), result.CountingStartsAt);
        Assert.Equal(new DateOnly(2025, 2, 5), result.AppointmentDate);
    }

    [Fact]
    public void Same_case_counting_working_time_from_receipt_lands_the_same_day_at_the_receipt_time()
    {
        // 3 × 7.5 h = 22.5 h: Fri 24/01 09:00–17:00 gives 6 h, Mon 03/02 and Tue 04/02 7.5 h each, Wed 05/02 1.5 h → 09:00.
        var result = FromReceiptMoment.Calculate(VietnamTime.At(2025, 1, 24, 9, 0), ThreeDays);

        Assert.Equal(VietnamTime.At(2025, 2, 5, 9, 0), result.AppointmentAt);
    }

    [Fact]
    public void An_instant_given_in_UTC_is_counted_in_Vietnamese_time()
    {
        var utc = new DateTimeOffset(2025, 1, 24, 2, 0, 0, TimeSpan.Zero); // 09:00 in Hanoi

        var result = Calculator.Calculate(utc, ThreeDays);

        Assert.Equal(VietnamTime.At(2025, 2, 5, 17, 0), result.AppointmentAt);
        Assert.Equal(TimeSpan.FromHours(7), result.AppointmentAt.Offset);
    }

    [Fact]
    public void Received_online_during_Tet_2026_counts_from_the_first_working_day_after_Tet()
    {
        // Wed 18/02/2026 (mùng 2 Tết) is a day off; Tết break ends Sun 22/02. Counting: Mon 23/02 = 1, Tue 24/02 = 2,
        // Wed 25/02 = 3 → 25/02/2026 17:00. Both conventions agree when receipt is on a day off.
        var received = VietnamTime.At(2026, 2, 18, 10, 0);

        Assert.Equal(VietnamTime.At(2026, 2, 25, 17, 0), Calculator.Calculate(received, ThreeDays).AppointmentAt);
        Assert.Equal(VietnamTime.At(2026, 2, 25, 17, 0), FromReceiptMoment.Calculate(received, ThreeDays).AppointmentAt);
    }

    [Fact]
    public void Received_on_an_ordinary_Saturday_counts_from_Monday()
    {
        // Sat 07/06/2025: Mon 09/06 = 1, Tue 10/06 = 2, Wed 11/06 = 3.
        var result = Calculator.Calculate(VietnamTime.At(2025, 6, 7, 10, 0), ThreeDays);

        Assert.Equal(VietnamTime.At(2025, 6, 11, 17, 0), result.AppointmentAt);
    }

    [Fact]
    public void Same_day_procedure_received_at_16_00_with_a_15_00_cut_off_is_due_the_next_working_day()
    {
        var sameDayWithCutOff = new DeadlineRule(TimeLimit.WorkingDays(0), ReceiptCutOff: new TimeOnly(15, 0));

        // Thu 15/05/2025 16:00 → treated as received Fri 16/05 → due at the close of Fri 16/05.
        Assert.Equal(
            VietnamTime.At(2025, 5, 16, 17, 0),
            Calculator.Calculate(VietnamTime.At(2025, 5, 15, 16, 0), sameDayWithCutOff).AppointmentAt);
        // Before the cut-off it is due the same day.
        Assert.Equal(
            VietnamTime.At(2025, 5, 15, 17, 0),
            Calculator.Calculate(VietnamTime.At(2025, 5, 15, 14, 0), sameDayWithCutOff).AppointmentAt);
        // The cut-off is procedure-specific: without it, 16:00 is still within the day.
        Assert.Equal(
            VietnamTime.At(2025, 5, 15, 17, 0),
            Calculator.Calculate(VietnamTime.At(2025, 5, 15, 16, 0), new DeadlineRule(TimeLimit.WorkingDays(0))).AppointmentAt);
    }

    [Fact]
    public void Cut_off_shifts_a_multi_day_limit_by_one_working_day()
    {
        var received = VietnamTime.At(2025, 5, 15, 16, 0); // Thursday

        // With cut-off: receipt deemed Fri 16/05 (not counted); Mon 19/05 = 1, Tue 20/05 = 2.
        var withCutOff = Calculator.Calculate(received, new DeadlineRule(TimeLimit.WorkingDays(2), new TimeOnly(15, 0)));
        // Without: Fri 16/05 = 1, Mon 19/05 = 2.
        var without = Calculator.Calculate(received, new DeadlineRule(TimeLimit.WorkingDays(2)));

        Assert.Equal(VietnamTime.At(2025, 5, 20, 17, 0), withCutOff.AppointmentAt);
        Assert.Equal(VietnamTime.At(2025, 5, 19, 17, 0), without.AppointmentAt);
    }

    [Fact]
    public void A_supplement_pause_extends_the_deadline_by_the_paused_working_time()
    {
        // Received Mon 09/06/2025 09:00, 5 working days: Tue 10 … Fri 13 = 1–4, Mon 16/06 = 5 → 16/06 17:00.
        // Paused Wed 11/06 09:00 → Fri 13/06 09:00: 6 h + 7.5 h + 1.5 h = 15 h = two working days → Wed 18/06 17:00.
        var received = VietnamTime.At(2025, 6, 9, 9, 0);
        var rule = new DeadlineRule(TimeLimit.WorkingDays(5));
        var pause = new SupplementPause(VietnamTime.At(2025, 6, 11, 9, 0), VietnamTime.At(2025, 6, 13, 9, 0));

        var unpaused = Calculator.Calculate(received, rule);
        var paused = Calculator.Calculate(received, rule, [pause]);

        Assert.Equal(VietnamTime.At(2025, 6, 16, 17, 0), unpaused.AppointmentAt);
        Assert.Equal(TimeSpan.FromHours(15), paused.PausedWorkingTime);
        Assert.Equal(VietnamTime.At(2025, 6, 18, 17, 0), paused.AppointmentAt);
    }

    [Fact]
    public void Overlapping_pauses_count_once_and_time_before_counting_starts_is_ignored()
    {
        var received = VietnamTime.At(2025, 6, 9, 9, 0); // counting starts Tue 10/06 07:30
        var rule = new DeadlineRule(TimeLimit.WorkingDays(5));
        SupplementPause[] pauses =
        [
            new(VietnamTime.At(2025, 6, 9, 10, 0), VietnamTime.At(2025, 6, 10, 9, 30)), // only 07:30–09:30 on Tue counts: 2 h
            new(VietnamTime.At(2025, 6, 10, 8, 0), VietnamTime.At(2025, 6, 10, 11, 30)), // overlaps; extends to 11:30: +2 h
        ];

        var result = Calculator.Calculate(received, rule, pauses);

        Assert.Equal(TimeSpan.FromHours(4), result.PausedWorkingTime);
        // 16/06 17:00 + 4 h → Tue 17/06 07:30 + 4 h = 11:30.
        Assert.Equal(VietnamTime.At(2025, 6, 17, 11, 30), result.AppointmentAt);
    }

    [Fact]
    public void Working_hours_deadline_skips_lunch()
    {
        // Tue 10/06/2025 11:00 + 2 h: 11:00–11:30 (0.5 h), lunch, 13:30–15:00 (1.5 h).
        var result = Calculator.Calculate(VietnamTime.At(2025, 6, 10, 11, 0), new DeadlineRule(TimeLimit.WorkingHours(2)));

        Assert.Equal(VietnamTime.At(2025, 6, 10, 15, 0), result.AppointmentAt);
    }

    [Fact]
    public void Working_hours_deadline_runs_overnight()
    {
        // Tue 10/06/2025 10:30 + 8 h: 1 h before lunch + 3.5 h afternoon = 4.5 h; Wed 11/06 07:30 + 3.5 h = 11:00.
        var result = Calculator.Calculate(VietnamTime.At(2025, 6, 10, 10, 30), new DeadlineRule(TimeLimit.WorkingHours(8)));

        Assert.Equal(VietnamTime.At(2025, 6, 11, 11, 0), result.AppointmentAt);
    }

    [Fact]
    public void Working_hours_deadline_crosses_the_30_4_holidays()
    {
        // Tue 29/04/2025 16:00 + 4 h: 1 h on Tuesday; 30/04–04/05 off; Mon 05/05 07:30 + 3 h = 10:30.
        var result = Calculator.Calculate(VietnamTime.At(2025, 4, 29, 16, 0), new DeadlineRule(TimeLimit.WorkingHours(4)));

        Assert.Equal(VietnamTime.At(2025, 5, 5, 10, 30), result.AppointmentAt);
    }

    [Fact]
    public void Working_hours_ending_at_a_period_end_stay_there()
    {
        var result = Calculator.Calculate(VietnamTime.At(2025, 6, 10, 6, 45), new DeadlineRule(TimeLimit.WorkingHours(4)));

        Assert.Equal(VietnamTime.At(2025, 6, 10, 7, 30), result.CountingStartsAt);
        Assert.Equal(VietnamTime.At(2025, 6, 10, 11, 30), result.AppointmentAt);
    }

    [Fact]
    public void Received_during_lunch_the_working_time_starts_at_13_30()
    {
        var result = FromReceiptMoment.Calculate(VietnamTime.At(2025, 6, 10, 12, 15), new DeadlineRule(TimeLimit.WorkingDays(1)));

        Assert.Equal(VietnamTime.At(2025, 6, 10, 13, 30), result.CountingStartsAt);
        // 7.5 h from Tue 13:30: 3.5 h Tuesday, 4 h Wednesday morning → Wed 11/06 11:30.
        Assert.Equal(VietnamTime.At(2025, 6, 11, 11, 30), result.AppointmentAt);
    }

    [Fact]
    public void The_make_up_Saturday_26_04_2025_counts_as_a_working_day()
    {
        // Fri 25/04/2025 received; day 1 is the make-up Saturday 26/04.
        var result = Calculator.Calculate(VietnamTime.At(2025, 4, 25, 10, 0), new DeadlineRule(TimeLimit.WorkingDays(1)));

        Assert.Equal(VietnamTime.At(2025, 4, 26, 17, 0), result.AppointmentAt);
    }

    [Fact]
    public void Office_hours_are_configurable()
    {
        var hours = new OfficeHours(
            new WorkingPeriod(new TimeOnly(7, 0), new TimeOnly(11, 30)),
            new WorkingPeriod(new TimeOnly(13, 0), new TimeOnly(16, 30)));
        var calculator = new DeadlineCalculator(OfficialCalendar.ThanhHoa, new DeadlineOptions { OfficeHours = hours });

        var result = calculator.Calculate(VietnamTime.At(2025, 6, 10, 11, 0), new DeadlineRule(TimeLimit.WorkingHours(1)));

        Assert.Equal(TimeSpan.FromHours(8), hours.DailyWorkingTime);
        Assert.Equal(VietnamTime.At(2025, 6, 10, 13, 30), result.AppointmentAt);
    }

    [Fact]
    public void Invalid_inputs_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeLimit.WorkingDays(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeLimit.WorkingHours(0));
        Assert.Throws<ArgumentException>(() => new SupplementPause(VietnamTime.At(2025, 6, 2, 9, 0), VietnamTime.At(2025, 6, 1, 9, 0)));
        Assert.Throws<ArgumentException>(() => new OfficeHours(
            new WorkingPeriod(new TimeOnly(7, 30), new TimeOnly(12, 0)),
            new WorkingPeriod(new TimeOnly(11, 0), new TimeOnly(17, 0))));
    }
}

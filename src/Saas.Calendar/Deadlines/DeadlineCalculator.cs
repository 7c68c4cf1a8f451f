namespace Saas.Calendar;

/// <summary>
/// Computes the appointment date-time (ngày hẹn trả kết quả) of a one-stop-shop application or the due time of a
/// document, in Vietnamese local time, from the official working-day calendar and the tenant's office hours.
/// </summary>
/// <remarks>
/// <para><b>Receipt.</b> An application received on a non-working day, after the close of office hours, or — only
/// when the procedure defines a cut-off — after the cut-off time, is handled as received at the opening of the next
/// working day. Before opening or during the lunch break, it is handled as received when the next period starts.</para>
/// <para><b>"N working days from receipt"</b> (<see cref="TimeLimitUnit.WorkingDays"/>), default
/// <see cref="DayCountingConvention.ReceiptDayExcluded"/>: following Civil Code 2015 Arts. 147.2 and 148.1, the day
/// of receipt is not counted (even when the application arrives at opening time); day 1 is the first working day
/// after it, and the appointment is the close of office hours of working day N. Hence an application received on a
/// non-working day counts from the next working day, while one received after a procedure's cut-off counts from the
/// working day after the next. N = 0 ("trong ngày") is due at the close of the day of receipt.
/// With <see cref="DayCountingConvention.WorkingTimeFromReceipt"/>, N days are N × the daily working time counted
/// from the receipt moment. Which of the two the one-stop software in use follows was not established.</para>
/// <para><b>Working hours</b> (<see cref="TimeLimitUnit.WorkingHours"/>): counted from the receipt moment (Civil Code
/// Art. 147.1: a period in hours starts at the stated moment), inside office hours of working days only.</para>
/// <para><b>Pauses.</b> The working time inside each supplement pause (merged when pauses overlap, and only after the
/// limit started to run) is added to the deadline.</para>
/// </remarks>
public sealed class DeadlineCalculator
{
    private readonly WorkingTimeline timeline;
    private readonly DeadlineOptions options;

    public DeadlineCalculator(WorkingDayCalendar calendar, DeadlineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        this.options = options ?? DeadlineOptions.Default;
        timeline = new WorkingTimeline(calendar, this.options.OfficeHours);
    }

    public DeadlineResult Calculate(DateTimeOffset receivedAt, DeadlineRule rule, IEnumerable<SupplementPause>? pauses = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var received = VietnamTime.ToLocal(receivedAt);
        var deemedReceipt = DeemedReceipt(received, rule.ReceiptCutOff);

        var (countingStarts, due) = rule.Limit.Unit switch
        {
            TimeLimitUnit.WorkingHours => (deemedReceipt, timeline.Add(deemedReceipt, rule.Limit.Duration)),
            TimeLimitUnit.WorkingDays when rule.Limit.Days == 0 => (deemedReceipt, timeline.Closing(DateOnly.FromDateTime(deemedReceipt))),
            TimeLimitUnit.WorkingDays when options.Convention == DayCountingConvention.WorkingTimeFromReceipt =>
                (deemedReceipt, timeline.Add(deemedReceipt, options.OfficeHours.DailyWorkingTime * rule.Limit.Days)),
            TimeLimitUnit.WorkingDays => ReceiptDayExcluded(received, rule.ReceiptCutOff, rule.Limit.Days),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.Limit.Unit, null),
        };

        var paused = PausedWorkingTime(pauses, countingStarts);
        var appointment = timeline.Add(due, paused);
        return new DeadlineResult(VietnamTime.FromLocal(appointment), VietnamTime.FromLocal(countingStarts), paused);
    }

    /// <summary>When the application counts as received: inside office hours of a working day, cut-off respected.</summary>
    private DateTime DeemedReceipt(DateTime received, TimeOnly? cutOff)
    {
        var day = DateOnly.FromDateTime(received);
        return IsAfterCutOff(received, cutOff) && timeline.Calendar.IsWorkingDay(day)
            ? timeline.Opening(timeline.Calendar.NextWorkingDay(day))
            : timeline.WorkingMomentAtOrAfter(received);
    }

    private (DateTime CountingStarts, DateTime Due) ReceiptDayExcluded(DateTime received, TimeOnly? cutOff, int days)
    {
        var calendar = timeline.Calendar;
        var receiptDay = DateOnly.FromDateTime(received);
        // A cut-off moves the receipt itself to the next working day, which then is the uncounted day. A receipt on a
        // non-working day or after closing does not: that day is the uncounted one, counting starts the next working day.
        var uncountedDay = calendar.IsWorkingDay(receiptDay) && IsAfterCutOff(received, cutOff)
            ? calendar.NextWorkingDay(receiptDay)
            : receiptDay;
        var firstCountedDay = calendar.NextWorkingDay(uncountedDay);
        var lastCountedDay = calendar.AddWorkingDays(firstCountedDay, days - 1);
        return (timeline.Opening(firstCountedDay), timeline.Closing(lastCountedDay));
    }

    private static bool IsAfterCutOff(DateTime received, TimeOnly? cutOff) =>
        cutOff is { } limit && TimeOnly.FromDateTime(received) > limit;

    private TimeSpan PausedWorkingTime(IEnumerable<SupplementPause>? pauses, DateTime countingStarts)
    {
        if (pauses is null)
        {
            return TimeSpan.Zero;
        }

        var intervals = pauses
            .Select(p => (From: VietnamTime.ToLocal(p.RequestedAt), To: VietnamTime.ToLocal(p.CompletedAt)))
            .Select(p => (From: p.From < countingStarts ? countingStarts : p.From, p.To))
            .Where(p => p.To > p.From)
            .OrderBy(p => p.From)
            .ToList();

        // Merge overlaps so that time paused twice is added once.
        var total = TimeSpan.Zero;
        DateTime? from = null, to = null;
        foreach (var interval in intervals)
        {
            if (to is { } currentEnd && interval.From <= currentEnd)
            {
                to = interval.To > currentEnd ? interval.To : currentEnd;
                continue;
            }
            if (from is { } f && to is { } t)
            {
                total += timeline.Between(f, t);
            }
            (from, to) = (interval.From, interval.To);
        }
        if (from is { } lastFrom && to is { } lastTo)
        {
            total += timeline.Between(lastFrom, lastTo);
        }
        return total;
    }
}

namespace Saas.Calendar;

/// <summary>The appointment (ngày hẹn trả kết quả) and how it was reached, all in Vietnamese local time (+07:00).</summary>
/// <param name="AppointmentAt">When the result is due: the time printed on the receipt (Giấy tiếp nhận hồ sơ và hẹn trả kết quả).</param>
/// <param name="CountingStartsAt">The moment the time limit starts to run (after cut-off and non-working days).</param>
/// <param name="PausedWorkingTime">Working time inside supplement pauses, added to the deadline.</param>
public sealed record DeadlineResult(DateTimeOffset AppointmentAt, DateTimeOffset CountingStartsAt, TimeSpan PausedWorkingTime)
{
    public DateOnly AppointmentDate => DateOnly.FromDateTime(AppointmentAt.DateTime);
}

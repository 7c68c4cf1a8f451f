using Saas.Calendar;
using Saas.OneStop.Calendar;
using Saas.OneStop.Catalogue;

namespace Saas.OneStop.Applications;

/// <summary>Appointment and step due times from the database calendar and the procedure's rule.</summary>
public sealed class DeadlineService(CalendarService calendar)
{
    public async Task<DeadlineResult> AppointmentAsync(DateTimeOffset receivedAt, DeadlineRule rule, IEnumerable<Pause> pauses, CancellationToken ct)
    {
        var calculator = await calendar.CalculatorAsync(ct);
        var closed = pauses.Where(p => p.Kind == "supplement" && p.CompletedAt is not null)
            .Select(p => new SupplementPause(p.RequestedAt, p.CompletedAt!.Value));
        var r = calculator.Calculate(receivedAt, rule, closed);
        // PostgreSQL timestamptz takes UTC only; the calculator answers in Vietnamese local time.
        return r with { AppointmentAt = r.AppointmentAt.ToUniversalTime(), CountingStartsAt = r.CountingStartsAt.ToUniversalTime() };
    }

    /// <summary>
    /// A step's due time: its share of the procedure's working time, counted in working hours from the hand-over.
    /// A step without a share (reception, return) is due with the appointment.
    /// </summary>
    public async Task<DateTimeOffset?> StepDueAsync(DateTimeOffset startedAt, RouteStep step, decimal totalWorkingHours, DateTimeOffset? appointment, CancellationToken ct)
    {
        if (step.Share <= 0 || totalWorkingHours <= 0)
        {
            return appointment;
        }
        var calculator = await calendar.CalculatorAsync(ct);
        var hours = (double)(totalWorkingHours * step.Share);
        var due = calculator.Calculate(startedAt, new DeadlineRule(TimeLimit.WorkingHours(Math.Max(hours, 0.25)))).AppointmentAt.ToUniversalTime();
        return appointment is { } a && due > a ? a : due;
    }

    /// <summary>Working hours of a procedure's limit; "within the day" counts as one day for the step shares.</summary>
    public static decimal TotalWorkingHours(Procedure p) =>
        p.TimeUnit == "hours" ? p.TimeValue : Math.Max(p.TimeValue, 1) * (decimal)OfficeHours.Default.DailyWorkingTime.TotalHours;
}

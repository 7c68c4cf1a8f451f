using Saas.Calendar;

namespace Saas.OneStop.Applications;

/// <summary>The steps an officer or a citizen takes on an application; <see cref="Application.WhyNot"/> says when each is allowed.</summary>
public enum ApplicationStep
{
    Accept,
    Forward,
    Complete,
    Return,
    RequestSupplement,
    CompleteSupplement,
    RequestFinancial,
    ConfirmPaid,
    Close,
    Apologize,
}

/// <summary>
/// The application guards its own state (eShop's <c>Order.SetShippedStatus()</c>): each transition refuses a step its
/// status does not allow and sets the fields that step changes. Who may take a step (roles) is the services' concern;
/// the pages' Can… flags ask <see cref="Allows"/> too, so they never offer a step the entity would refuse.
/// </summary>
public sealed partial class Application
{
    /// <summary>The route's last step returns the result; the one before it is the last processing step.</summary>
    public bool AtLastProcessingStep => CurrentStep + 1 >= Route.Count - 1;

    public bool IsHere => Holder == "here";

    public bool Allows(ApplicationStep step) => WhyNot(step) is null;

    /// <summary>Why <paramref name="step"/> is refused in the current state (a conflict with a text key), or null when it is allowed.</summary>
    public Outcome<Application>? WhyNot(ApplicationStep step) => step switch
    {
        ApplicationStep.Accept => Status == ApplicationStatus.New ? null : Conflict("onestop.application.not_new"),
        ApplicationStep.Forward => Working() ?? (AtLastProcessingStep ? Conflict("onestop.application.last_step") : null),
        ApplicationStep.Complete or ApplicationStep.RequestSupplement or ApplicationStep.RequestFinancial => Working(),
        ApplicationStep.Return => IsOriginal && Status == ApplicationStatus.Done && IsHere ? null : Conflict("onestop.application.no_result_here"),
        ApplicationStep.CompleteSupplement => IsOriginal && Status == ApplicationStatus.SupplementRequested ? null : Conflict("onestop.application.not_waiting_supplement"),
        ApplicationStep.ConfirmPaid => InStatus(ApplicationStatus.FinancialObligation),
        ApplicationStep.Close => IsOriginal && Status.IsOpen() ? null : Conflict("onestop.application.not_open"),
        ApplicationStep.Apologize => IsOriginal && Status.IsOpen() ? null : Conflict("onestop.application.apology_not_open"),
        _ => Conflict("onestop.application.not_allowed"),
    };

    /// <summary>Status 2: the appointment from the working-day calendar, the first step of the route with the receiving officer.</summary>
    public Outcome<Application> Receive(DateTimeOffset now, string officerId, string officerName, DeadlineResult deadline, DateTimeOffset? firstStepDue)
    {
        if (WhyNot(ApplicationStep.Accept) is { } refused)
        {
            return refused;
        }
        Status = ApplicationStatus.Received;
        ReceivedAt = now;
        ReceivedBy = officerId;
        ReceivedByName = officerName;
        AppointmentAt = deadline.AppointmentAt;
        CountingStartsAt = deadline.CountingStartsAt;
        CurrentStep = 0;
        StepStartedAt = now;
        StepDueAt = firstStepDue;
        AssigneeId = officerId;
        AssigneeName = officerName;
        UpdatedAt = now;
        return Outcome<Application>.Ok(this);
    }

    /// <summary>Status 3 (form 03): not received, with the reason.</summary>
    public Outcome<Application> Refuse(string? reason, DateTimeOffset now)
    {
        if (WhyNot(ApplicationStep.Accept) is { } refused)
        {
            return refused;
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Outcome<Application>.Invalid("reason", "onestop.reception.refusal_reason");
        }
        Status = ApplicationStatus.NotReceived;
        Reason = reason.Trim();
        FinishedAt = now;
        UpdatedAt = now;
        return Outcome<Application>.Ok(this);
    }

    /// <summary>The next step of the route, due at <paramref name="stepDue"/>; handed to another tenant when <paramref name="awayTenantId"/> is set.</summary>
    public Outcome<Application> Forward(DateTimeOffset now, DateTimeOffset? stepDue, Guid? awayTenantId, string? assigneeId, string? assigneeName)
    {
        if (WhyNot(ApplicationStep.Forward) is { } refused)
        {
            return refused;
        }
        CurrentStep++;
        Status = ApplicationStatus.Processing;
        StepStartedAt = now;
        StepDueAt = stepDue;
        if (awayTenantId is { } away)
        {
            Holder = "away";
            HolderTenantId = away;
            (AssigneeId, AssigneeName) = (null, null);
        }
        else
        {
            (AssigneeId, AssigneeName) = (assigneeId, assigneeName);
        }
        return Outcome<Application>.Ok(this);
    }

    /// <summary>Status 9: the result is ready; at the receiving tenant it waits at the counter, elsewhere it goes back to the origin.</summary>
    public Outcome<Application> Complete(string? note, DateTimeOffset now)
    {
        if (WhyNot(ApplicationStep.Complete) is { } refused)
        {
            return refused;
        }
        Status = ApplicationStatus.Done;
        FinishedAt = now;
        ResultNote = note?.Trim();
        Timeliness = FinalTimeliness(now);
        if (IsOriginal)
        {
            CurrentStep = Route.Count - 1;
            StepStartedAt = now;
            StepDueAt = EffectiveAppointment;
        }
        else
        {
            Holder = "away";
            HolderTenantId = OriginTenantId;
        }
        return Outcome<Application>.Ok(this);
    }

    /// <summary>Status 10: the result handed to <paramref name="receivedBy"/>.</summary>
    public Outcome<Application> ReturnResult(string? receivedBy, DateTimeOffset now)
    {
        if (WhyNot(ApplicationStep.Return) is { } refused)
        {
            return refused;
        }
        if (string.IsNullOrWhiteSpace(receivedBy))
        {
            return Outcome<Application>.Invalid("receivedBy", "onestop.processing.received_by_required");
        }
        Status = ApplicationStatus.Returned;
        ReturnedAt = now;
        ReturnedTo = receivedBy.Trim();
        return Outcome<Application>.Ok(this);
    }

    /// <summary>Status 5 (form 02): the clock stops until the citizen brings the papers; the new pause is returned in <see cref="Pauses"/>.</summary>
    public Outcome<Application> RequestSupplement(string? reason, string requestedBy, DateTimeOffset now)
    {
        if (WhyNot(ApplicationStep.RequestSupplement) is { } refused)
        {
            return refused;
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Outcome<Application>.Invalid("reason", "onestop.processing.supplement_reason");
        }
        Pauses.Add(new Pause
        {
            TenantId = TenantId,
            ApplicationId = Id,
            Seq = Pauses.Count + 1,
            Kind = "supplement",
            Reason = reason.Trim(),
            RequestedAt = now,
            RequestedBy = requestedBy,
        });
        Status = ApplicationStatus.SupplementRequested;
        SupplementCount++;
        PausedSince = now;
        Reason = reason.Trim();
        return Outcome<Application>.Ok(this);
    }

    /// <summary>The supplement arrived at the counter: the application can be resumed.</summary>
    public Outcome<Application> CompleteSupplement(DateTimeOffset now)
    {
        if (WhyNot(ApplicationStep.CompleteSupplement) is { } refused)
        {
            return refused;
        }
        Resume(now);
        return Outcome<Application>.Ok(this);
    }

    /// <summary>The clock runs again: open pauses end now, the status is back to processing.</summary>
    public void Resume(DateTimeOffset now)
    {
        foreach (var p in Pauses.Where(p => p.CompletedAt is null))
        {
            p.CompletedAt = now;
        }
        PausedSince = null;
        Status = ApplicationStatus.Processing;
    }

    /// <summary>Status 6: waiting for the citizen's fees or taxes.</summary>
    public Outcome<Application> RequestFinancial()
    {
        if (WhyNot(ApplicationStep.RequestFinancial) is { } refused)
        {
            return refused;
        }
        Status = ApplicationStatus.FinancialObligation;
        return Outcome<Application>.Ok(this);
    }

    public Outcome<Application> ConfirmPaid()
    {
        if (WhyNot(ApplicationStep.ConfirmPaid) is { } refused)
        {
            return refused;
        }
        Status = ApplicationStatus.Processing;
        return Outcome<Application>.Ok(this);
    }

    /// <summary>Withdrawn (7) at the citizen's request or stopped (8, form 05), with the reason.</summary>
    public Outcome<Application> Close(ApplicationStatus status, string? reason, DateTimeOffset now)
    {
        if (status is not (ApplicationStatus.Withdrawn or ApplicationStatus.Stopped))
        {
            return Conflict("onestop.application.not_allowed");
        }
        if (WhyNot(ApplicationStep.Close) is { } refused)
        {
            return refused;
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Outcome<Application>.Invalid("reason", "onestop.processing.reason_required");
        }
        Status = status;
        Reason = reason.Trim();
        FinishedAt = now;
        Timeliness = FinalTimeliness(now);
        return Outcome<Application>.Ok(this);
    }

    /// <summary>Form 04: a new appointment (a day after today, 17:00 Vietnam time) with the reason for the delay.</summary>
    public Outcome<Application> Apologize(DateOnly? newDate, string? reason, DateTimeOffset now)
    {
        if (WhyNot(ApplicationStep.Apologize) is { } refused)
        {
            return refused;
        }
        var errors = new FieldErrors();
        if (newDate is not { } date || date <= DateOnly.FromDateTime(Saas.Calendar.VietnamTime.ToLocal(now)))
        {
            errors.Add("newDate", "onestop.processing.new_date_after_today");
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add("reason", "onestop.processing.delay_reason");
        }
        if (errors.Any)
        {
            return Outcome<Application>.Invalid(errors.ToDictionary());
        }
        ExtendedAppointmentAt = Saas.Calendar.VietnamTime.At(newDate!.Value.Year, newDate.Value.Month, newDate.Value.Day, 17).ToUniversalTime();
        return Outcome<Application>.Ok(this);
    }

    /// <summary>More than one supplement request counts as late whatever the dates (766 formula spec).</summary>
    private string FinalTimeliness(DateTimeOffset finished) =>
        SupplementCount > 1 ? Applications.Timeliness.Late
        : EffectiveAppointment is { } due ? Applications.Timeliness.Of(finished, due) : Applications.Timeliness.OnTime;

    private Outcome<Application>? Working() => InStatus(ApplicationStatus.Received, ApplicationStatus.Processing);

    private Outcome<Application>? InStatus(params ApplicationStatus[] allowed) =>
        !IsHere ? Conflict("onestop.application.with_another_tenant")
        : allowed.Contains(Status) ? null
        : Outcome<Application>.Conflict(Saas.Platform.Text.Texts.With("onestop.application.not_allowed_in_status", Status.NameKey()));

    private static Outcome<Application> Conflict(string key) => Outcome<Application>.Conflict(key);
}

using Saas.Documents.Configuration;
using Saas.Platform.Text;

namespace Saas.Documents.Incoming;

// The steps of an incoming document. Each WhyNot… says why the user may not take the step now (null: allowed), with
// the outcome the service answers; the pages' Can… ask the same question. The step itself refuses to run from a
// state it does not leave, so no caller can move the document by setting fields.
public sealed partial class IncomingDocument
{
    public bool CanRegister(IDocumentUser user) => WhyNotRegister(user) is null;

    public bool CanReturn(IDocumentUser user) => WhyNotReturn(user) is null;

    public bool CanAssign(IDocumentUser user) => WhyNotAssign(user) is null;

    public bool CanForward(IDocumentUser user) => WhyNotForward(user) is null;

    public bool CanAddOpinion() => WhyNotAddOpinion() is null;

    public bool CanFinish(IDocumentUser user) => WhyNotFinish(user) is null;

    /// <summary>Counts as late: registered or in progress past its processing deadline.</summary>
    public bool IsOverdue(DateOnly today) => Status is IncomingStatus.Registered or IncomingStatus.InProgress && ProcessingDeadline < today;

    /// <summary>The user's own (non-informative) assignment: the one they handle the document by.</summary>
    public IncomingAssignment? HandlerAssignment(IDocumentUser user) =>
        Assignments.FirstOrDefault(a => user.Handles.Contains(a.AssigneeId) && a.Role != AssignmentRoles.Inform);

    public bool IsLeadHandler(IDocumentUser user) => Assignments.Any(a => user.Handles.Contains(a.AssigneeId) && a.Role == AssignmentRoles.Lead);

    public Outcome<IncomingDocument>? WhyNotRegister(IDocumentUser user) =>
        !user.HasRole(DocumentRoles.Clerk) ? Outcome<IncomingDocument>.Forbidden("documents.incoming.register.clerk_only")
        : Status != IncomingStatus.Received ? Outcome<IncomingDocument>.Conflict(TextKey.With("documents.incoming.register.not_received", Status.Code()))
        : null;

    /// <summary>Vào sổ into <paramref name="register"/>: an active incoming register whose secrecy matches the document's.</summary>
    public Outcome<IncomingDocument>? WhyNotRegisterInto(IDocumentUser user, Register? register, DateOnly? deadline, DateOnly today)
    {
        if (WhyNotRegister(user) is { } refused)
        {
            return refused;
        }
        if (register is null || !register.Active || register.Direction != "incoming")
        {
            return Outcome<IncomingDocument>.Invalid("registerCode", "documents.incoming.register.invalid_register");
        }
        if (register.Secret != (Secrecy > 0))
        {
            return Outcome<IncomingDocument>.Invalid("registerCode", Secrecy > 0
                ? "documents.incoming.register.secret_needs_secret_register"
                : "documents.incoming.register.secret_register_only_secret");
        }
        return deadline < today ? Outcome<IncomingDocument>.Invalid("processingDeadline", "documents.deadline_past") : null;
    }

    /// <param name="number">The số đến the register allocated for <paramref name="year"/>.</param>
    public void Register(Register register, int year, int number, DateOnly? deadline, string by, DateTimeOffset now)
    {
        Require(Status == IncomingStatus.Received, "register");
        RegisterCode = register.Code;
        ArrivalYear = year;
        ArrivalNumber = number;
        RegisteredAt = now;
        RegisteredBy = by;
        ProcessingDeadline = deadline ?? DueDate;
        Status = IncomingStatus.Registered;
        UpdatedAt = now;
    }

    public Outcome<IncomingDocument>? WhyNotReturn(IDocumentUser user) =>
        !user.HasRole(DocumentRoles.Clerk) ? Outcome<IncomingDocument>.Forbidden("documents.incoming.return.clerk_only")
        : Status != IncomingStatus.Received ? Outcome<IncomingDocument>.Conflict("documents.incoming.return.not_received")
        : null;

    public void Return(string reason, DateTimeOffset now)
    {
        Require(Status == IncomingStatus.Received, "return");
        Status = IncomingStatus.Returned;
        ReturnedReason = reason;
        UpdatedAt = now;
    }

    public Outcome<IncomingDocument>? WhyNotAssign(IDocumentUser user) =>
        !user.HasRole(DocumentRoles.Leader, DocumentRoles.Head) ? Outcome<IncomingDocument>.Forbidden("documents.incoming.assign.leader_or_head")
        : Status is not (IncomingStatus.Registered or IncomingStatus.InProgress) ? Outcome<IncomingDocument>.Conflict("documents.incoming.assign.not_registered")
        : null;

    /// <param name="deadline">The lead's deadline; the document's processing deadline stays when none is given.</param>
    public void Assign(IEnumerable<IncomingAssignment> assignments, DateOnly? deadline, DateTimeOffset now)
    {
        Require(Status is IncomingStatus.Registered or IncomingStatus.InProgress, "assign");
        Assignments.AddRange(assignments);
        ProcessingDeadline = deadline ?? ProcessingDeadline;
        Status = IncomingStatus.InProgress;
        UpdatedAt = now;
    }

    public Outcome<IncomingDocument>? WhyNotForward(IDocumentUser user) =>
        HandlerAssignment(user) is null || Status != IncomingStatus.InProgress
            ? Outcome<IncomingDocument>.Forbidden("documents.incoming.forward.handler_only")
            : null;

    public void Forward(IncomingAssignment from, IEnumerable<IncomingAssignment> to, DateTimeOffset now)
    {
        Require(Status == IncomingStatus.InProgress && Assignments.Contains(from), "forward");
        Assignments.AddRange(to);
        from.Status = "in-progress";
        UpdatedAt = now;
    }

    public Outcome<IncomingDocument>? WhyNotAddOpinion() =>
        Status is IncomingStatus.Registered or IncomingStatus.InProgress ? null : Outcome<IncomingDocument>.Conflict("documents.incoming.opinion.not_processing");

    /// <summary>An opinion starts the user's pending assignments.</summary>
    public void AddOpinion(IDocumentUser user, DateTimeOffset now)
    {
        Require(CanAddOpinion(), "take an opinion");
        foreach (var mine in Assignments.Where(a => user.Handles.Contains(a.AssigneeId) && a.Status == "pending"))
        {
            mine.Status = "in-progress";
        }
        UpdatedAt = now;
    }

    public Outcome<IncomingDocument>? WhyNotFinish(IDocumentUser user) =>
        !IsLeadHandler(user) && !user.HasRole(DocumentRoles.Leader) ? Outcome<IncomingDocument>.Forbidden("documents.incoming.finish.lead_or_leader")
        : Status != IncomingStatus.InProgress ? Outcome<IncomingDocument>.Conflict("documents.incoming.finish.not_in_progress")
        : null;

    public void Finish(string result, DateTimeOffset now)
    {
        Require(Status == IncomingStatus.InProgress, "finish");
        Status = IncomingStatus.Done;
        FinishedAt = now;
        ResultNote = result;
        UpdatedAt = now;
        foreach (var a in Assignments.Where(a => a.Status != "done"))
        {
            a.Status = "done";
            a.FinishedAt = now;
        }
    }

    /// <summary>Recalled or replaced by the sender: frozen wherever it stood. False when it already was.</summary>
    public bool Recall(DateTimeOffset now)
    {
        if (Status == IncomingStatus.Recalled)
        {
            return false;
        }
        Status = IncomingStatus.Recalled;
        UpdatedAt = now;
        return true;
    }

    private void Require(bool allowed, string step)
    {
        if (!allowed)
        {
            throw new InvalidOperationException($"An incoming document that is {Status.Code()} cannot {step}.");
        }
    }
}

using Saas.Documents.Configuration;
using Saas.Platform.Text;

namespace Saas.Documents.Outgoing;

// The steps of an outgoing document: drafted → reviewed along the route → signed → issued → recalled. Each WhyNot…
// says why the user may not take the step now (null: allowed), with the outcome the service answers; the pages' Can…
// ask the same question. The step itself refuses to run from a state it does not leave.
public sealed partial class OutgoingDocument
{
    public bool IsDrafter(IDocumentUser user) => DrafterId == user.Id;

    /// <summary>The role the current step of the route waits for, while in review.</summary>
    public string? CurrentStepRole => Status == OutgoingStatus.InReview && RouteStep < Route.Count ? Route[RouteStep] : null;

    public bool IsCurrentReviewer(IDocumentUser user) => CurrentStepRole is { } role && user.HasRole(role);

    public bool CanSubmit(IDocumentUser user) => WhyNotSubmit(user) is null;

    public bool CanApprove(IDocumentUser user) => WhyNotApprove(user) is null;

    public bool CanReturnForEdit(IDocumentUser user) => WhyNotReturnForEdit(user) is null;

    public bool CanAddVersion() => WhyNotAddVersion() is null;

    public bool CanSign(IDocumentUser user) => WhyNotSign(user) is null;

    public bool CanIssue(IDocumentUser user) => WhyNotIssue(user) is null;

    public bool CanRecall(IDocumentUser user) => WhyNotRecall(user) is null;

    /// <summary>Only an issued (or recalled) document is replaced, once.</summary>
    public bool CanBeReplaced => Status is OutgoingStatus.Issued or OutgoingStatus.Recalled && ReplacedById is null;

    public Outcome<OutgoingDocument>? WhyNotSubmit(IDocumentUser user) =>
        !IsDrafter(user) ? Outcome<OutgoingDocument>.Conflict("documents.outgoing.submit.drafter_only")
        : Status != OutgoingStatus.Draft ? Outcome<OutgoingDocument>.Conflict("documents.outgoing.submit.not_draft")
        : null;

    /// <summary>Trình duyệt: into review at the first step, or straight to approved when the route is empty.</summary>
    public void Submit(DateTimeOffset now)
    {
        Require(Status == OutgoingStatus.Draft, "be submitted");
        Status = Route.Count == 0 ? OutgoingStatus.Approved : OutgoingStatus.InReview;
        RouteStep = 0;
        UpdatedAt = now;
    }

    public Outcome<OutgoingDocument>? WhyNotApprove(IDocumentUser user) =>
        CurrentStepRole is not { } role ? Outcome<OutgoingDocument>.Conflict("documents.outgoing.approve.not_in_review")
        : !user.HasRole(role) ? Outcome<OutgoingDocument>.Conflict(TextKey.With("documents.outgoing.approve.needs_role", role))
        : null;

    /// <summary>Duyệt: the current step approves; after the last step the draft is ready for signing.</summary>
    public void Approve(IDocumentUser user, string? note, DateTimeOffset now)
    {
        Require(CurrentStepRole is not null, "be approved");
        AddDecision(user, "approved", note, now);
        RouteStep++;
        if (RouteStep >= Route.Count)
        {
            Status = OutgoingStatus.Approved;
        }
        UpdatedAt = now;
    }

    public Outcome<OutgoingDocument>? WhyNotReturnForEdit(IDocumentUser user) =>
        IsCurrentReviewer(user) ? null : Outcome<OutgoingDocument>.Conflict("documents.outgoing.return.reviewer_only");

    /// <summary>Trả lại dự thảo: back to the drafter, the route starts again.</summary>
    public void ReturnForEdit(IDocumentUser user, string note, DateTimeOffset now)
    {
        Require(CurrentStepRole is not null, "be returned for edit");
        AddDecision(user, "returned", note, now);
        Status = OutgoingStatus.Draft;
        RouteStep = 0;
        UpdatedAt = now;
    }

    public Outcome<OutgoingDocument>? WhyNotAddVersion() =>
        Status is OutgoingStatus.Draft or OutgoingStatus.InReview ? null : Outcome<OutgoingDocument>.Conflict("documents.outgoing.version.before_signing");

    public void AddVersion(DateTimeOffset now)
    {
        Require(CanAddVersion(), "take a new draft version");
        UpdatedAt = now;
    }

    public Outcome<OutgoingDocument>? WhyNotSign(IDocumentUser user) =>
        !user.HasRole(DocumentRoles.Leader) ? Outcome<OutgoingDocument>.Forbidden("documents.outgoing.sign.leader_only")
        : Status != OutgoingStatus.Approved ? Outcome<OutgoingDocument>.Conflict("documents.outgoing.sign.not_approved")
        : null;

    /// <param name="signedFileSha256">The digitally signed PDF, when there is one.</param>
    public void Sign(string? authority, string signerName, string signerPosition, string? signedFileSha256, DateTimeOffset now)
    {
        Require(Status == OutgoingStatus.Approved, "be signed");
        SigningAuthority = authority;
        SignerName = signerName;
        SignerPosition = signerPosition;
        SignedAt = now;
        SignedFileSha256 = signedFileSha256 ?? SignedFileSha256;
        Status = OutgoingStatus.Signed;
        UpdatedAt = now;
    }

    public Outcome<OutgoingDocument>? WhyNotIssue(IDocumentUser user) =>
        !user.HasRole(DocumentRoles.Clerk) ? Outcome<OutgoingDocument>.Forbidden("documents.outgoing.issue.clerk_only")
        : Status != OutgoingStatus.Signed ? Outcome<OutgoingDocument>.Conflict("documents.outgoing.issue.not_signed")
        : null;

    /// <summary>
    /// Whether <paramref name="register"/> numbers this document: an active outgoing register of the same secrecy that
    /// names its type, or names none while no sibling register claims it (<paramref name="claimedElsewhere"/>).
    /// </summary>
    public bool FitsRegister(Register? register, bool claimedElsewhere) =>
        register is not null && register.Active && register.Direction == "outgoing" && register.Secret == (Secrecy > 0)
        && (register.DocumentTypes.Count == 0 || register.DocumentTypes.Contains(DocumentTypeCode)) && !claimedElsewhere;

    /// <summary>Cấp số và phát hành with the number the register allocated for <paramref name="year"/>.</summary>
    public void Issue(Register register, int year, int number, string notation, string by, DateTimeOffset now)
    {
        Require(Status == OutgoingStatus.Signed, "be issued");
        RegisterCode = register.Code;
        IssueYear = year;
        IssueNumber = number;
        NumberNotation = notation;
        IssuedAt = now;
        IssuedBy = by;
        Status = OutgoingStatus.Issued;
        UpdatedAt = now;
    }

    public Outcome<OutgoingDocument>? WhyNotRecall(IDocumentUser user) =>
        !user.HasRole(DocumentRoles.Clerk, DocumentRoles.Leader) ? Outcome<OutgoingDocument>.Forbidden("documents.outgoing.recall.clerk_or_leader")
        : Status != OutgoingStatus.Issued ? Outcome<OutgoingDocument>.Conflict("documents.outgoing.recall.not_issued")
        : null;

    public void Recall(string reason, DateTimeOffset now)
    {
        Require(Status == OutgoingStatus.Issued, "be recalled");
        Status = OutgoingStatus.Recalled;
        RecalledAt = now;
        RecallReason = reason;
        UpdatedAt = now;
    }

    /// <summary>A newer document (<paramref name="replacement"/>) replaces this one once it is issued.</summary>
    public void ReplaceBy(Guid replacement, DateTimeOffset now)
    {
        ReplacedById = replacement;
        UpdatedAt = now;
    }

    private void AddDecision(IDocumentUser user, string decision, string? note, DateTimeOffset now) =>
        Approvals.Add(new OutgoingApproval
        {
            TenantId = TenantId,
            DocumentId = Id,
            Seq = Approvals.Count + 1,
            Step = RouteStep,
            Role = Route[RouteStep],
            Decision = decision,
            DecidedBy = user.Id,
            DecidedByName = user.Name,
            Note = note,
            DecidedAt = now,
        });

    private void Require(bool allowed, string step)
    {
        if (!allowed)
        {
            throw new InvalidOperationException($"An outgoing document that is {Status.Code()} cannot {step}.");
        }
    }
}

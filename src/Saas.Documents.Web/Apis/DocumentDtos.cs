using Saas.Documents.Attachments;
using Saas.Documents.History;
using Saas.Documents.Incoming;
using Saas.Documents.Outgoing;
using Saas.Documents.Search;

namespace Saas.Documents.Web.Apis;

/// <param name="SignatureStatus">For a PDF: unsigned | valid | invalid | indeterminate, as verified when it entered.</param>
/// <param name="Signature">The verification report: for each signature the signer, organisation, issuing CA, signing time, checks and reasons.</param>
/// <param name="SourceAttachmentId">For a draft-pdf (the server's PDF of a DOCX draft version): the draft attachment it was made from.</param>
public sealed record AttachmentDto(Guid Id, string Purpose, int Version, string FileName, string MediaType, long SizeBytes, string UploadedBy, DateTimeOffset UploadedAt, string Download,
    string? SignatureStatus, Saas.Signatures.Verification.SignatureReport? Signature, Guid? SourceAttachmentId)
{
    public static AttachmentDto From(Attachment a) =>
        new(a.Id, a.Purpose, a.Version, a.FileName, a.MediaType, a.SizeBytes, a.UploadedByName, a.UploadedAt, $"/api/v1/attachments/{a.Id}",
            a.SignatureStatus, Saas.Signatures.Verification.SignatureReportJson.Deserialize(a.SignatureReport), a.SourceAttachmentId);
}

public sealed record EventDto(DateTimeOffset At, string? Actor, string Kind, string? Note)
{
    public static EventDto From(DocumentEvent e) => new(e.At, e.ActorName, e.Kind, e.Note);
}

public sealed record AssignmentDto(Guid Id, string AssigneeId, string AssigneeName, string Role, DateOnly? Deadline, string Status, string AssignedBy, DateTimeOffset AssignedAt);

public sealed record IncomingDto(
    Guid Id, string Status, string Source, string IssuerName, string? IssuerCode, string NumberNotation, DateOnly IssuedDate, string DocumentTypeCode,
    string Subject, string? SignerName, string? SignerPosition, short Urgency, short Secrecy, int? PageCount, DateOnly? DueDate,
    DateTimeOffset ReceivedAt, string? RegisterCode, int? ArrivalYear, int? ArrivalNumber, DateOnly? ProcessingDeadline, bool Overdue,
    string? ReturnedReason, string? ResultNote, IReadOnlyList<AssignmentDto> Assignments, IReadOnlyList<AttachmentDto> Attachments, IReadOnlyList<EventDto> History)
{
    public static IncomingDto From(IncomingDocument d, IEnumerable<Attachment>? attachments = null, IEnumerable<DocumentEvent>? history = null, bool overdue = false) => new(
        d.Id, d.Status.Code(), d.Source, d.IssuerName, d.IssuerCode, d.NumberNotation, d.IssuedDate, d.DocumentTypeCode, d.Subject, d.SignerName, d.SignerPosition,
        d.Urgency, d.Secrecy, d.PageCount, d.DueDate, d.ReceivedAt, d.RegisterCode, d.ArrivalYear, d.ArrivalNumber, d.ProcessingDeadline, overdue,
        d.ReturnedReason, d.ResultNote,
        d.Assignments.Select(a => new AssignmentDto(a.Id, a.AssigneeId, a.AssigneeName, a.Role, a.Deadline, a.Status, a.AssignedByName, a.AssignedAt)).ToList(),
        (attachments ?? []).Select(AttachmentDto.From).ToList(), (history ?? []).Select(EventDto.From).ToList());

    public static IncomingDto From(IncomingDetails x) => From(x.Document, x.Attachments, x.History, x.Overdue);
}

public sealed record RecipientDto(Guid Id, string Kind, string Name, string? StatusCode, string Status, string? StatusNote, DateTimeOffset? StatusAt);

public sealed record ApprovalDto(int Step, string Role, string Decision, string DecidedBy, string? Note, DateTimeOffset DecidedAt);

public sealed record OutgoingDto(
    Guid Id, string Status, string DocumentTypeCode, string Subject, short Urgency, short Secrecy, string? DraftingUnit, string DrafterName,
    IReadOnlyList<string> Route, int RouteStep, string? SigningAuthority, string? SignerName, string? SignerPosition, DateTimeOffset? SignedAt,
    string? RegisterCode, int? IssueNumber, string? NumberNotation, DateTimeOffset? IssuedAt, Guid? ReplacesId, Guid? ReplacedById, string? RecallReason,
    IReadOnlyList<RecipientDto> Recipients, IReadOnlyList<ApprovalDto> Approvals, IReadOnlyList<AttachmentDto> Attachments, IReadOnlyList<EventDto> History)
{
    public static OutgoingDto From(OutgoingDocument d, IEnumerable<Attachment>? attachments = null, IEnumerable<DocumentEvent>? history = null) => new(
        d.Id, d.Status.Code(), d.DocumentTypeCode, d.Subject, d.Urgency, d.Secrecy, d.DraftingUnit, d.DrafterName, d.Route, d.RouteStep, d.SigningAuthority,
        d.SignerName, d.SignerPosition, d.SignedAt, d.RegisterCode, d.IssueNumber, d.NumberNotation, d.IssuedAt, d.ReplacesId, d.ReplacedById, d.RecallReason,
        d.Recipients.Select(r => new RecipientDto(r.Id, r.Kind, r.Name, r.StatusCode, EdxmlStatus.Describe(r.StatusCode), r.StatusNote, r.StatusAt)).ToList(),
        d.Approvals.OrderBy(a => a.Seq).Select(a => new ApprovalDto(a.Step, a.Role, a.Decision, a.DecidedByName, a.Note, a.DecidedAt)).ToList(),
        (attachments ?? []).Select(AttachmentDto.From).ToList(), (history ?? []).Select(EventDto.From).ToList());

    public static OutgoingDto From(OutgoingDetails x) => From(x.Document, x.Attachments, x.History);
}

public sealed record DocumentTypeDto(string Code, string Name, string? Abbreviation, int Order, bool Active)
{
    public static DocumentTypeDto From(Saas.Documents.Configuration.DocumentType t) => new(t.Code, t.Name, t.Abbreviation, t.SortOrder, t.Active);
}

public sealed record RegisterDto(string Code, string Name, string Direction, bool Secret, IReadOnlyList<string> DocumentTypes, bool Active)
{
    public static RegisterDto From(Saas.Documents.Configuration.Register r) => new(r.Code, r.Name, r.Direction, r.Secret, r.DocumentTypes, r.Active);
}

public sealed record UpdateRegisterRequest(string? Name, bool? Active);

/// <param name="DocumentTypeCode">The document type, or <c>*</c> for the default route.</param>
/// <param name="Steps">The tenant roles that approve, in order.</param>
public sealed record ApprovalRouteDto(string DocumentTypeCode, IReadOnlyList<string> Steps)
{
    public static ApprovalRouteDto From(ApprovalRoute r) => new(r.DocumentTypeCode, r.Steps);
}

public sealed record ApprovalRouteBody(IReadOnlyList<string>? Steps);

/// <param name="Action">view | download | export.</param>
public sealed record AccessEntryDto(DateTimeOffset At, string ActorId, string ActorName, string Action, string? PartId, string? PartName)
{
    public static AccessEntryDto From(Saas.Platform.Auditing.AccessEntry e) => new(e.At, e.ActorId, e.ActorName, e.Action, e.PartId, e.PartName);
}

/// <summary>One register's book for a year: the rows of the incoming or the outgoing book (Nghị định 30/2020, Phụ lục IV).</summary>
/// <param name="Direction">incoming | outgoing: which of the two lists is filled.</param>
public sealed record RegisterBookDto(string Register, int Year, string Direction, IReadOnlyList<RegisterBook.IncomingRow>? Incoming,
    IReadOnlyList<RegisterBook.OutgoingRow>? Outgoing);

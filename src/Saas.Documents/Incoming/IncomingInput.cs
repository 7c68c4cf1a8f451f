namespace Saas.Documents.Incoming;

/// <summary>Metadata of an incoming document (Nghị định 30/2020, Phụ lục VI), as entered by a clerk.</summary>
public sealed record IncomingInput(
    string? IssuerName,
    string? IssuerCode,
    string? NumberNotation,
    DateOnly? IssuedDate,
    string? DocumentTypeCode,
    string? Subject,
    string? SignerName,
    string? SignerPosition,
    short? Urgency,
    short? Secrecy,
    int? PageCount,
    DateOnly? DueDate);

public sealed record RegisterRequest(string? RegisterCode, bool AcknowledgeDuplicate = false, DateOnly? ProcessingDeadline = null);

public sealed record ReturnRequest(string? Reason);

public sealed record AssigneeInput(string? UserId, string? Name, string? Role, DateOnly? Deadline);

public sealed record AssignRequest(IReadOnlyList<AssigneeInput>? Assignees, DateOnly? Deadline, string? Note);

public sealed record OpinionRequest(string? Text);

public sealed record FinishRequest(string? Result, Guid? ReplyOutgoingId);

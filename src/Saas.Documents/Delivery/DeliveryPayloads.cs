namespace Saas.Documents.Delivery;

/// <summary>An issued document sent to another tenant on the platform (edXML MessageHeader equivalent).</summary>
public sealed record DeliverPayload(
    Guid SenderTenantId,
    string SenderName,
    string? SenderCode,
    Guid SenderDocumentId,
    Guid RecipientId,
    string NumberNotation,
    DateOnly IssuedDate,
    string DocumentTypeCode,
    string Subject,
    string? SignerName,
    string? SignerPosition,
    short Urgency,
    short Secrecy,
    int? PageCount,
    DateOnly? DueDate,
    Guid? ReplacesSenderDocumentId,
    IReadOnlyList<DeliveredFile> Files);

public sealed record DeliveredFile(string Sha256, string FileName, string MediaType, long SizeBytes, string? ExtractedText);

/// <summary>edXML status message back to the sender: 01…06.</summary>
public sealed record StatusPayload(Guid SenderDocumentId, Guid RecipientId, string Code, string? Note, DateTimeOffset At);

/// <summary>Thu hồi: the sender withdrew an issued document.</summary>
public sealed record RecallPayload(Guid SenderTenantId, Guid SenderDocumentId, string Reason);

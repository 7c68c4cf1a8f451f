namespace Saas.Documents.Outgoing;

public sealed record OutgoingInput(string? DocumentTypeCode, string? Subject, short? Urgency, short? Secrecy, string? DraftingUnit, int? PageCount, DateOnly? DueDate);

public sealed record DecisionRequest(string? Note);

public sealed record SignRequest(string? SigningAuthority, string? SignerName, string? SignerPosition);

public sealed record IssueRequest(string? RegisterCode, IReadOnlyList<string>? PlatformRecipients, IReadOnlyList<string>? ExternalRecipients);

public sealed record RecallRequest(string? Reason);

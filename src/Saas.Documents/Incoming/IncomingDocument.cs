using NpgsqlTypes;
using Saas.Platform.MultiTenancy;

namespace Saas.Documents.Incoming;

/// <summary>Văn bản đến: received through the platform or entered by hand, then registered and processed.</summary>
public sealed partial class IncomingDocument : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid Id { get; set; }

    public IncomingStatus Status { get; set; } = IncomingStatus.Received;

    public string Source { get; set; } = "manual";

    public Guid? SenderTenantId { get; set; }

    public Guid? SenderDocumentId { get; set; }

    public Guid? SenderRecipientId { get; set; }

    public string IssuerName { get; set; } = "";

    public string? IssuerCode { get; set; }

    public string NumberNotation { get; set; } = "";

    public DateOnly IssuedDate { get; set; }

    public string DocumentTypeCode { get; set; } = "";

    public string Subject { get; set; } = "";

    public string? SignerName { get; set; }

    public string? SignerPosition { get; set; }

    public short Urgency { get; set; }

    public short Secrecy { get; set; }

    public int? PageCount { get; set; }

    public DateOnly? DueDate { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public string? RegisterCode { get; set; }

    public int? ArrivalYear { get; set; }

    /// <summary>Số đến.</summary>
    public int? ArrivalNumber { get; set; }

    public DateTimeOffset? RegisteredAt { get; set; }

    public string? RegisteredBy { get; set; }

    public string? ReturnedReason { get; set; }

    public DateOnly? ProcessingDeadline { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public string? ResultNote { get; set; }

    public string SearchText { get; set; } = "";

    public NpgsqlTsVector? SearchVector { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<IncomingAssignment> Assignments { get; set; } = [];
}

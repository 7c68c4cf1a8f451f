using NpgsqlTypes;
using Saas.Platform.MultiTenancy;

namespace Saas.Documents.Outgoing;

/// <summary>Văn bản đi: drafted, reviewed along the tenant's approval route, signed, numbered at issue, sent.</summary>
public sealed partial class OutgoingDocument : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid Id { get; set; }

    public OutgoingStatus Status { get; set; } = OutgoingStatus.Draft;

    public string DocumentTypeCode { get; set; } = "";

    public string Subject { get; set; } = "";

    public short Urgency { get; set; }

    public short Secrecy { get; set; }

    public string? DraftingUnit { get; set; }

    public string DrafterId { get; set; } = "";

    public string DrafterName { get; set; } = "";

    public int? PageCount { get; set; }

    public DateOnly? DueDate { get; set; }

    public List<string> Route { get; set; } = [];

    public int RouteStep { get; set; }

    public string? SigningAuthority { get; set; }

    public string? SignerName { get; set; }

    public string? SignerPosition { get; set; }

    public DateTimeOffset? SignedAt { get; set; }

    public string? SignedFileSha256 { get; set; }

    public string? RegisterCode { get; set; }

    public int? IssueYear { get; set; }

    public int? IssueNumber { get; set; }

    public string? NumberNotation { get; set; }

    public DateTimeOffset? IssuedAt { get; set; }

    public string? IssuedBy { get; set; }

    public Guid? ReplacesId { get; set; }

    public Guid? ReplacedById { get; set; }

    public DateTimeOffset? RecalledAt { get; set; }

    public string? RecallReason { get; set; }

    public string SearchText { get; set; } = "";

    public NpgsqlTsVector? SearchVector { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<OutgoingRecipient> Recipients { get; set; } = [];

    public List<OutgoingApproval> Approvals { get; set; } = [];
}

public static class SigningAuthorities
{
    public static readonly IReadOnlyList<string> All = ["TM.", "KT.", "TL.", "Q.", "TUQ."];
}

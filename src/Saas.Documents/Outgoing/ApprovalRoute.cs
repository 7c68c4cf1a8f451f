using Saas.Platform.MultiTenancy;

namespace Saas.Documents.Outgoing;

/// <summary>Trình duyệt: the tenant roles that must approve a draft of a document type, in order.</summary>
public sealed class ApprovalRoute : ITenantOwned
{
    public const string AnyType = "*";

    public static readonly IReadOnlyList<string> DefaultSteps = ["head", "leader"];

    public Guid TenantId { get; set; }

    public string DocumentTypeCode { get; set; } = AnyType;

    public List<string> Steps { get; set; } = [];
}

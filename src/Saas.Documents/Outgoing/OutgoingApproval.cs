using Saas.Platform.MultiTenancy;

namespace Saas.Documents.Outgoing;

public sealed class OutgoingApproval : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid DocumentId { get; set; }

    public int Seq { get; set; }

    public int Step { get; set; }

    public string Role { get; set; } = "";

    /// <summary>approved | returned.</summary>
    public string Decision { get; set; } = "";

    public string DecidedBy { get; set; } = "";

    public string DecidedByName { get; set; } = "";

    public string? Note { get; set; }

    public DateTimeOffset DecidedAt { get; set; }
}

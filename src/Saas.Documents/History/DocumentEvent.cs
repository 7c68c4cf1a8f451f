using System.Text.Json;
using Saas.Platform.MultiTenancy;

namespace Saas.Documents.History;

/// <summary>One step in a document's history (received, registered, assigned, opinion, approved, issued…).</summary>
public sealed class DocumentEvent : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid DocumentId { get; set; }

    public long Id { get; set; }

    public string DocumentKind { get; set; } = "";

    public DateTimeOffset At { get; set; }

    public string? ActorId { get; set; }

    public string? ActorName { get; set; }

    public string Kind { get; set; } = "";

    public string? Note { get; set; }

    public JsonDocument? Data { get; set; }
}

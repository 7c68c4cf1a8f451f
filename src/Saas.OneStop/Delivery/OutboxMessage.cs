using System.Text.Json;
using Saas.Platform.MultiTenancy;

namespace Saas.OneStop.Delivery;

/// <summary>A hand-over to another tenant of the route, committed with the change that caused it and delivered afterwards.</summary>
public sealed class OutboxMessage : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid Id { get; set; }

    /// <summary>handover | handback | status | supplemented.</summary>
    public string Kind { get; set; } = "";

    public Guid TargetTenantId { get; set; }

    public JsonDocument Payload { get; set; } = JsonDocument.Parse("{}");

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}

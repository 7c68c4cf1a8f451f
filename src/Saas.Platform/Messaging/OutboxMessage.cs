using System.Text.Json;
using Saas.Platform.MultiTenancy;

namespace Saas.Platform.Messaging;

/// <summary>
/// A message to another tenant, committed with the change that caused it and delivered afterwards. Each module
/// keeps these rows in its own <c>&lt;schema&gt;.outbox</c> table (same columns) and has its own dispatcher.
/// </summary>
public sealed class OutboxMessage : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid Id { get; set; }

    /// <summary>What the receiving side must do; the module's dispatcher knows the kinds.</summary>
    public string Kind { get; set; } = "";

    public Guid TargetTenantId { get; set; }

    public JsonDocument Payload { get; set; } = JsonDocument.Parse("{}");

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}

/// <summary>A module DbContext that owns an outbox table.</summary>
public interface IOutboxContext
{
    Microsoft.EntityFrameworkCore.DbSet<OutboxMessage> Outbox { get; }
}

namespace Saas.Platform.Auditing;

/// <summary>
/// Append-only log of every state change (who, tenant, what, when, before/after), written in the same
/// transaction as the change itself so that neither can exist without the other.
/// </summary>
public interface IAuditTrail
{
    /// <param name="tenantId">The tenant the change concerns; defaults to the current tenant. Platform-scope
    /// changes (onboarding, suspension) name the affected tenant explicitly.</param>
    Task RecordAsync(
        string action,
        string entityType,
        string entityId,
        object? before,
        object? after,
        Guid? tenantId = null,
        CancellationToken ct = default);
}

/// <summary>Who is acting. The web host supplies the signed-in user; jobs act as "system".</summary>
public interface IAuditActor
{
    string? UserId { get; }

    string? UserName { get; }

    string? CorrelationId { get; }
}

internal sealed class SystemAuditActor : IAuditActor
{
    public string? UserId => "system";

    public string? UserName => "system";

    public string? CorrelationId => System.Diagnostics.Activity.Current?.TraceId.ToString();
}

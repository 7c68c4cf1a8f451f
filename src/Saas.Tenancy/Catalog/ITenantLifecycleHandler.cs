using Saas.Platform.MultiTenancy;

namespace Saas.Tenancy.Catalog;

/// <summary>
/// Told after a tenant was created or changed and committed (e.g. the identity module creates the tenant's
/// Keycloak groups). Failures are logged, not rolled back: the catalog is the source of truth and the
/// handler is re-run by the next apply.
/// </summary>
public interface ITenantLifecycleHandler
{
    Task OnTenantUpsertedAsync(TenantInfo tenant, CancellationToken ct);
}

using Microsoft.Extensions.DependencyInjection;
using Saas.Platform.MultiTenancy;
using Saas.Tenancy.Catalog;

namespace Saas.Identity.Staff;

/// <summary>Every onboarded tenant gets its Keycloak groups, so its admin can be granted a role at once.</summary>
internal sealed class TenantGroupsProvisioner(IServiceScopeFactory scopes) : ITenantLifecycleHandler
{
    public async Task OnTenantUpsertedAsync(TenantInfo tenant, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TenantStaffDirectory>().EnsureGroupsAsync(tenant.Slug, ct);
    }
}

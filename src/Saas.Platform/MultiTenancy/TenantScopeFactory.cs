using Microsoft.Extensions.DependencyInjection;

namespace Saas.Platform.MultiTenancy;

/// <summary>
/// Opens DI scopes bound to one tenant or to the platform scope: the one way into either outside a request (background
/// jobs, the CLI, onboarding). Jobs have no HttpContext: they receive the tenant or the database explicitly.
/// </summary>
public interface ITenantScopeFactory
{
    AsyncServiceScope CreateTenantScope(TenantInfo tenant);

    /// <summary>The explicitly named scope for cross-tenant work in the shared database. Row-level security lets it see every tenant.</summary>
    AsyncServiceScope CreatePlatformScope() => CreatePlatformScope(null);

    /// <summary>
    /// The platform scope bound to one placed database (<see cref="TenantInfo.DatabaseConnectionString"/> of the tenants
    /// placed there; null is the shared database): cross-tenant work such as the outbox or reminders of that database.
    /// </summary>
    AsyncServiceScope CreatePlatformScope(string? placement);
}

internal sealed class TenantScopeFactory(IServiceScopeFactory scopes) : ITenantScopeFactory
{
    public AsyncServiceScope CreateTenantScope(TenantInfo tenant)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ICurrentTenantSetter>().SetTenant(tenant);
        return scope;
    }

    public AsyncServiceScope CreatePlatformScope(string? placement)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ICurrentTenantSetter>().EnterPlatformScope(placement);
        return scope;
    }
}

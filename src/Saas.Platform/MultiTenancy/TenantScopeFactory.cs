using Microsoft.Extensions.DependencyInjection;

namespace Saas.Platform.MultiTenancy;

/// <summary>
/// Opens DI scopes bound to one tenant or to the platform scope. Background jobs have no HttpContext:
/// they receive the tenant explicitly and come through here.
/// </summary>
public interface ITenantScopeFactory
{
    AsyncServiceScope CreateTenantScope(TenantInfo tenant);

    /// <summary>The explicitly named scope for cross-tenant work. Row-level security lets it see every tenant.</summary>
    AsyncServiceScope CreatePlatformScope();
}

internal sealed class TenantScopeFactory(IServiceScopeFactory scopes) : ITenantScopeFactory
{
    public AsyncServiceScope CreateTenantScope(TenantInfo tenant)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ICurrentTenantSetter>().SetTenant(tenant);
        return scope;
    }

    public AsyncServiceScope CreatePlatformScope()
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ICurrentTenantSetter>().EnterPlatformScope();
        return scope;
    }
}

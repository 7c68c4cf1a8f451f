using System.Security.Claims;
using Saas.Platform.MultiTenancy;

namespace Saas.Tenancy.Resolution;

/// <summary>Decides whether a signed-in user may act in a tenant (implemented by the identity module from memberships).</summary>
public interface ITenantAccessGuard
{
    bool IsMember(ClaimsPrincipal user, TenantInfo tenant);

    /// <summary>Fallback tenant when nothing names one: e.g. the user's first membership.</summary>
    string? FallbackTenant(ClaimsPrincipal user);
}

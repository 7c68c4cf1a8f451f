using System.Security.Claims;
using Saas.Platform.MultiTenancy;
using Saas.Tenancy.Resolution;

namespace Saas.Identity.Memberships;

internal sealed class TenantAccessGuard : ITenantAccessGuard
{
    public bool IsMember(ClaimsPrincipal user, TenantInfo tenant) => user.IsMemberOf(tenant.Slug);

    public string? FallbackTenant(ClaimsPrincipal user) => user.Tenants().FirstOrDefault();
}

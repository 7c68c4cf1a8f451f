using Saas.Identity.Memberships;
using Saas.OneStop;
using Saas.Platform.MultiTenancy;

namespace Saas.OneStop.Web;

/// <summary>The signed-in officer and their roles in the current tenant; "Hệ thống" for background delivery.</summary>
internal sealed class HttpOneStopUser(IHttpContextAccessor accessor, ICurrentTenant tenant) : IOneStopUser
{
    public string Id => accessor.HttpContext?.User.UserId() ?? "system";

    public string Name => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } u ? u.DisplayName() : "Hệ thống";

    public bool HasRole(params string[] roles) =>
        tenant.Tenant is { } t && accessor.HttpContext?.User is { } user && user.HasTenantRole(t.Slug, roles);
}

using System.Globalization;
using Saas.Identity.Memberships;
using Saas.Platform.MultiTenancy;
using Saas.Tenancy.Catalog;

namespace Saas.Web.Pages;

/// <summary>What the page header shows: the user, the current tenant and the tenants to switch to.</summary>
public sealed class ShellInfo(IHttpContextAccessor accessor, ICurrentTenant current, ITenantCatalog catalog)
{
    public sealed record TenantLink(string Slug, string Name, bool IsCurrent);

    public async Task<IReadOnlyList<TenantLink>> SwitchableTenantsAsync()
    {
        var user = accessor.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            return [];
        }
        var links = new List<TenantLink>();
        foreach (var slug in user.Tenants())
        {
            var info = await catalog.FindBySlugAsync(slug);
            if (info is { IsActive: true })
            {
                links.Add(new TenantLink(slug, info.Name, current.Tenant?.Slug == slug));
            }
        }
        return links.OrderBy(l => l.Name, StringComparer.Create(new CultureInfo("vi-VN"), false)).ToList();
    }

    public TenantInfo? Tenant => current.Tenant;

    public bool IsSignedIn => accessor.HttpContext?.User.Identity?.IsAuthenticated == true;

    public string UserName => accessor.HttpContext?.User.DisplayName() ?? "";

    public bool IsPlatformAdmin => accessor.HttpContext?.User.IsPlatformAdmin() == true;

    public bool IsTenantAdmin => current.Tenant is { } t && accessor.HttpContext?.User.HasTenantRole(t.Slug, TenantRoles.TenantAdmin) == true;

    public IReadOnlyList<string> RolesInTenant => current.Tenant is { } t && accessor.HttpContext?.User is { } u
        ? u.Memberships().Where(m => m.Tenant == t.Slug).Select(m => m.Role).ToList()
        : [];

    public string Culture => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    /// <summary>Base of links inside the current tenant (the /t/{tenant} prefix when the request used one).</summary>
    public string Base => accessor.HttpContext?.Request.PathBase.Value ?? "";

    public string CurrentUrl => (accessor.HttpContext?.Request.PathBase.Value ?? "") + (accessor.HttpContext?.Request.Path.Value ?? "/");
}

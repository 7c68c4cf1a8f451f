using Saas.Documents;
using Saas.Identity.Memberships;
using Saas.Platform.MultiTenancy;

namespace Saas.Host.Documents;

/// <summary>The signed-in user and their roles in the current tenant; "Hệ thống" for background delivery.</summary>
internal sealed class HttpDocumentUser(IHttpContextAccessor accessor, ICurrentTenant tenant, Saas.Web.Organization.CurrentUnits units) : IDocumentUser, Saas.WorkFiles.IWorkFilesUser
{
    public string Id => accessor.HttpContext?.User.UserId() ?? "system";

    public string Name => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } u ? u.DisplayName() : "Hệ thống";

    public bool HasRole(params string[] roles) =>
        tenant.Tenant is { } t && accessor.HttpContext?.User is { } user && user.HasTenantRole(t.Slug, roles);

    public IReadOnlyList<string> Handles => [Id, .. units.Memberships.Select(m => m.Handle)];

    public IReadOnlyList<string> HeadedUnits => units.Headed;
}

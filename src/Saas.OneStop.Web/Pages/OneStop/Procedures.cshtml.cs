using Microsoft.AspNetCore.Authorization;
using Saas.Identity.Authorization;
using Saas.OneStop;
using Saas.OneStop.Catalogue;
using Saas.OneStop.Web.Pages;

namespace Saas.OneStop.Web.Pages.OneStop;

/// <summary>
/// The tenant's procedure catalogue as every member may read it (the counter answers citizens from it); the tenant
/// admin also gets a link to edit each procedure.
/// </summary>
[Authorize(Policy = Policies.TenantMember)]
public sealed class ProceduresModel(CatalogueService catalogue, IOneStopUser user) : OneStopPageModel
{
    public IReadOnlyList<Procedure> Procedures { get; private set; } = [];

    public bool IsAdmin => user.HasRole(OneStopRoles.TenantAdmin);

    public async Task OnGetAsync(CancellationToken ct) => Procedures = await catalogue.ListAsync(false, ct);
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Saas.Tenancy.Catalog;

namespace Saas.Tenancy.Web.Pages.Platform.Tenants;

public sealed class DetailsModel(ITenantCatalog catalog, TenantCatalogAdmin admin, IStringLocalizer t) : PageModel
{
    public Tenant? Tenant { get; private set; }

    public IReadOnlyDictionary<Guid, Tenant> ById { get; private set; } = new Dictionary<Guid, Tenant>();

    public IReadOnlyList<Tenant> Children { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var all = await catalog.ListAsync(ct);
        Tenant = all.FirstOrDefault(x => x.Slug == slug);
        if (Tenant is null)
        {
            return NotFound();
        }
        ById = all.ToDictionary(x => x.Id);
        Children = all.Where(x => x.ParentId == Tenant.Id).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostSuspendAsync(string slug, CancellationToken ct) =>
        Done(await admin.SuspendAsync(slug, ct), "TenantSuspended", slug);

    public async Task<IActionResult> OnPostReactivateAsync(string slug, CancellationToken ct) =>
        Done(await admin.ReactivateAsync(slug, ct), "TenantReactivated", slug);

    private IActionResult Done(TenantOperationResult result, string message, string slug)
    {
        if (result.NotFound)
        {
            return NotFound();
        }
        TempData["Flash"] = result.Succeeded
            ? t[message, result.Tenant!.Name].Value
            : string.Join(" ", result.Errors.SelectMany(e => e.Value).Select(x => t[x].Value));
        return Redirect($"/platform/tenants/{slug}");
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Saas.Documents.Configuration;
using Saas.Documents.Outgoing;
using Saas.Identity.Authorization;
using Saas.Platform.Text;

namespace Saas.Documents.Web.Pages.Documents.Routes;

/// <summary>Tenant admins set, per document type, who reviews and approves a draft before it is signed.</summary>
[Authorize(Policy = Policies.TenantAdmin)]
public sealed class IndexModel(ApprovalRouteService routes, DocumentConfigurationService config) : DocumentPageModel
{
    public IReadOnlyList<ApprovalRoute> Routes { get; private set; } = [];

    public IReadOnlyList<DocumentType> Types { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(string? typeCode, string[]? steps, CancellationToken ct)
    {
        var outcome = await routes.SetAsync(string.IsNullOrEmpty(typeCode) ? ApprovalRoute.AnyType : typeCode,
            (steps ?? []).Where(s => !string.IsNullOrEmpty(s)).ToList(), ct);
        if (!outcome.Succeeded)
        {
            Fail(outcome, "set");
            await LoadAsync(ct);
            return Page();
        }
        TempData["Flash"] = Texts.Get("documents.page.route_saved");
        return Redirect($"{Request.PathBase}/documents/approval-routes");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Routes = await routes.ListAsync(ct);
        Types = (await config.DocumentTypesAsync(ct)).Where(t => t.Active).ToList();
    }
}

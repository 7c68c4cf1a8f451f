using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Saas.Tenancy.Catalog;

namespace Saas.Tenancy.Web.Pages.Platform.Tenants;

/// <summary>Onboarding form; validation is the same as the API's and <c>tenants apply</c>'s.</summary>
public sealed class NewModel(TenantCatalogAdmin admin, ITenantCatalog catalog, IStringLocalizer t) : PageModel
{
    [BindProperty]
    public OnboardingForm Form { get; set; } = new();

    public IReadOnlyList<Tenant> Parents { get; private set; } = [];

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public async Task OnGetAsync(CancellationToken ct) => Parents = await LoadParentsAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await admin.OnboardAsync(Form.ToDraft(), ct);
        if (!result.Succeeded)
        {
            Errors = result.Errors;
            Parents = await LoadParentsAsync(ct);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        TempData["Flash"] = t["TenantCreated", result.Tenant!.Name].Value;
        return Redirect($"/platform/tenants/{result.Tenant.Slug}");
    }

    private async Task<IReadOnlyList<Tenant>> LoadParentsAsync(CancellationToken ct) =>
        (await catalog.ListAsync(ct)).Where(x => x.Level is "province" or "department" && x.Status == "active").ToList();

    public sealed class OnboardingForm
    {
        public string? Slug { get; set; }

        public string? Name { get; set; }

        public string? ShortName { get; set; }

        public string? Level { get; set; }

        public string? Parent { get; set; }

        public string? Notation { get; set; }

        public string? Qcvn102 { get; set; }

        public string? Qd20 { get; set; }

        public string? Hosts { get; set; }

        public string? Database { get; set; }

        public TenantDraft ToDraft() => new()
        {
            Slug = Slug?.Trim() ?? "",
            Name = Name?.Trim() ?? "",
            ShortName = ShortName?.Trim(),
            Level = Level ?? "",
            ParentSlug = string.IsNullOrWhiteSpace(Parent) ? null : Parent,
            Notation = Notation?.Trim(),
            AgencyCodeQcvn102 = Qcvn102?.Trim(),
            AgencyCodeQd20 = Qd20?.Trim(),
            AgencyCodeStatus = string.IsNullOrWhiteSpace(Qcvn102) && string.IsNullOrWhiteSpace(Qd20) ? "unknown" : "reported",
            Hosts = (Hosts ?? "").Split([',', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            DatabasePlacement = string.IsNullOrWhiteSpace(Database) ? null : Database.Trim(),
        };
    }
}

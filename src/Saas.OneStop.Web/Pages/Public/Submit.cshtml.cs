using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Saas.OneStop.Catalogue;
using Saas.OneStop.Web.Intake;
using Saas.OneStop.Web.Pages;
using Saas.OneStop.Web.RateLimiting;
using Saas.Platform.MultiTenancy;

namespace Saas.OneStop.Web.Pages.Public;

/// <summary>
/// Nộp hồ sơ trực tuyến, without an account: the citizen picks an agency and a procedure open online, fills in the
/// form, uploads the papers and gets the application code to look it up later. Rate-limited per client.
/// </summary>
[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(PublicRateLimit.Submissions)]
public sealed class SubmitModel(ITenantDirectory directory, ITenantScopeFactory scopes) : OneStopPageModel, Saas.OneStop.Web.Pages.OneStop.IApplicantForm
{
    [BindProperty(SupportsGet = true)]
    public string? Tenant { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Procedure { get; set; }

    private static readonly List<string> LevelOrder =
        [TenantLevels.Province, TenantLevels.ProvinceOffice, TenantLevels.Department, TenantLevels.Ward, TenantLevels.Commune];

    public IReadOnlyList<TenantInfo> Agencies { get; private set; } = [];

    public TenantInfo? Agency { get; private set; }

    public IReadOnlyList<Procedure> Procedures { get; private set; } = [];

    public Procedure? Selected { get; private set; }

    public string? SubmittedCode { get; private set; }

    public Dictionary<string, string?> Values { get; } = [];

    public string? V(string key) => Values.GetValueOrDefault(key);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || Agency is null)
        {
            return NotFound();
        }
        var form = await Request.ReadFormAsync(ct);
        foreach (var key in new[] { "name", "idNumber", "phone", "email", "address", "content" })
        {
            Values[key] = form[key].ToString();
        }
        await using var scope = scopes.CreateTenantScope(Agency);
        var outcome = await ApplicationIntake.ForCitizen(scope.ServiceProvider).SubmitOnlineAsync(form, ct);
        if (!outcome.Succeeded)
        {
            Fail(outcome, "submit");
            return Page();
        }
        // The tenant's scope is not the request's: its unit of work commits here.
        await scope.ServiceProvider.GetRequiredService<Saas.Platform.Data.TenantDataSession>().CommitAsync(ct);
        SubmittedCode = outcome.Value!.Code;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (string.IsNullOrEmpty(Tenant))
        {
            Agencies = [.. (await directory.ActiveAsync(ct)).Where(t => t.Level != TenantLevels.DistrictHistorical)
                .OrderBy(t => LevelOrder.IndexOf(t.Level)).ThenBy(t => t.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false))];
            return true;
        }
        Agency = await directory.FindBySlugAsync(Tenant, ct);
        if (Agency is not { IsActive: true })
        {
            return false;
        }
        await using var scope = scopes.CreateTenantScope(Agency);
        Procedures = [.. (await scope.ServiceProvider.GetRequiredService<CatalogueService>().ListAsync(true, ct)).Where(p => p.OnlineLevel >= 2)];
        Selected = Procedures.FirstOrDefault(p => p.Code == Procedure);
        return true;
    }
}

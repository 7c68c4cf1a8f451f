using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Saas.Identity.Authorization;
using Saas.OneStop;
using Saas.OneStop.Catalogue;
using Saas.OneStop.Web.Forms;
using Saas.OneStop.Web.Intake;
using Saas.OneStop.Web.Pages;

namespace Saas.OneStop.Web.Pages.OneStop;

/// <summary>
/// Tiếp nhận hồ sơ tại quầy: pick the procedure, tick the papers handed in (scans optional), fill in the applicant,
/// then receive (code + receipt, form 01) or refuse (form 03). Missing papers are answered with what to complete (form 02).
/// </summary>
[Authorize(Policy = Policies.TenantMember)]
public sealed class ReceiveModel(CatalogueService catalogue, ApplicationIntake intake, OneStopForms forms, IOneStopUser user) : OneStopPageModel, Saas.OneStop.Web.Pages.OneStop.IApplicantForm
{
    [BindProperty(SupportsGet = true)]
    public string? Procedure { get; set; }

    public IReadOnlyList<Procedure> Procedures { get; private set; } = [];

    public Procedure? Selected { get; private set; }

    public Dictionary<string, string?> Values { get; } = [];

    public HashSet<string> Ticked { get; } = [];

    public string? V(string key) => Values.GetValueOrDefault(key);

    public bool IsCounter => user.HasRole(OneStopRoles.Counter);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var form = await Request.ReadFormAsync(ct);
        foreach (var key in new[] { "name", "idNumber", "phone", "email", "address", "content", "channel", "reason" })
        {
            Values[key] = form[key].ToString();
        }
        Procedure = form["procedureCode"].ToString();
        Ticked.UnionWith(form["papers"].Select(p => p ?? ""));
        var outcome = await intake.ReceiveAtCounterAsync(form, ct);
        if (!outcome.Succeeded)
        {
            Fail(outcome, "receive");
            await LoadAsync(ct);
            return Page();
        }
        return Redirect($"{Request.PathBase}/onestop/applications/{outcome.Value!.Id}");
    }

    /// <summary>Form 02 for the citizen to take home: the papers still missing, before anything is received or stored.</summary>
    public async Task<IActionResult> OnPostGuidanceAsync(CancellationToken ct)
    {
        var form = await Request.ReadFormAsync(ct);
        if (await catalogue.FindAsync(form["procedureCode"].ToString(), ct) is not { Active: true } procedure)
        {
            return NotFound();
        }
        var ticked = form["papers"].Select(p => p ?? "").ToList();
        var missing = procedure.Papers.Where(p => !ticked.Contains(p.Code)).ToList();
        var name = form["name"].ToString() is { Length: > 0 } n ? n : "Ông/bà";
        return Content(forms.Guidance(name, procedure, missing), "text/html; charset=utf-8");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Procedures = await catalogue.ListAsync(true, ct);
        Selected = Procedures.FirstOrDefault(p => p.Code == Procedure);
    }
}

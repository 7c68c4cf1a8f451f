using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Saas.Identity.Authorization;
using Saas.OneStop;
using Saas.OneStop.Catalogue;
using Saas.OneStop.Web.Pages;

namespace Saas.OneStop.Web.Pages.OneStop;

/// <summary>
/// The tenant admin edits one procedure of the catalogue: name, time limit, fee, active, papers and route. The
/// service decides what is valid and marks the procedure customised; the page refuses other members up front
/// so that a non-admin's post is a 403 whatever it contains.
/// </summary>
[Authorize(Policy = Policies.TenantMember)]
[Saas.Web.Pages.GuardsRowVersion("procedure", "code")]
public sealed class ProcedureEditModel(CatalogueService catalogue, IOneStopUser user) : OneStopPageModel
{
    private const string Refusal = "onestop.catalogue.admin_only";

    public static readonly string[] TimeUnits = ["days", "hours"];

    /// <summary>Roles a step can name; shown as suggestions, other roles may be typed.</summary>
    public static readonly string[] Roles = [OneStopRoles.Counter, OneStopRoles.Specialist, OneStopRoles.Head, OneStopRoles.Leader];

    public Procedure Procedure { get; private set; } = null!;

    public ProcedureForm Form { get; private set; } = new();

    public bool IsAdmin => user.HasRole(OneStopRoles.TenantAdmin);

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await catalogue.FindAsync(code, ct) is not { } p)
        {
            return NotFound();
        }
        Procedure = p;
        Form = ProcedureForm.From(p).Padded();
        if (!IsAdmin)
        {
            Refuse(Refusal, "edit");
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, ProcedureForm form, CancellationToken ct)
    {
        if (await catalogue.FindAsync(code, ct) is not { } p)
        {
            return NotFound();
        }
        Procedure = p;
        if (!IsAdmin)
        {
            Form = ProcedureForm.From(p).Padded();
            Refuse(Refusal, "edit");
            return Page();
        }
        Form = form.Compacted();
        var (update, errors) = Form.ToUpdate();
        if (update is null)
        {
            Fail(errors, "edit");
            Form.Padded();
            return Page();
        }
        var outcome = await catalogue.UpdateAsync(code, update, ct);
        if (!outcome.Succeeded)
        {
            Fail(outcome, "edit");
            Form.Padded();
            return Page();
        }
        TempData["Flash"] = Saas.Platform.Text.Texts.Get("onestop.web.procedure.saved", code);
        return Redirect($"{Request.PathBase}/onestop/procedures#p-{code}");
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Saas.Identity.Staff;
using Saas.Organization.Units;
using Saas.Platform.MultiTenancy;
using Saas.Platform.Text;
using Saas.Web.Organization;

namespace Saas.Organization.Web.Pages.Admin;

/// <summary>Phòng, ban: the tenant admin adds units and puts staff in them, marking each unit's head.</summary>
public sealed class UnitsModel(UnitDirectory units, UnitStaff unitStaff, TenantStaffDirectory staff, ICurrentTenant tenant) : PageModel
{
    /// <summary>Field errors of the failed form, as text keys (shown through <c>T</c>).</summary>
    public Dictionary<string, string[]> Errors { get; } = [];

    /// <summary>A refusal that belongs to no field (conflict, not found), in the request's language.</summary>
    public string? ActionError { get; private set; }

    /// <summary>Which form the errors belong to (add-unit, member-&lt;code&gt;).</summary>
    public string? FailedAction { get; private set; }

    public string? Err(string key) => Errors.TryGetValue(key, out var m) ? string.Join(" ", m.Select(Texts.Resolve)) : null;

    public IReadOnlyList<Unit> Units { get; private set; } = [];

    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];

    public string? StaffError { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAddUnitAsync(string? code, string? name, CancellationToken ct) =>
        await After(await units.AddUnitAsync(code?.Trim(), name, ct), "add-unit", ct);

    public async Task<IActionResult> OnPostAddMemberAsync(string code, string? userId, bool isHead, CancellationToken ct) =>
        await After(await unitStaff.AddAsync(code, userId, isHead, ct), "member-" + code, ct);

    public async Task<IActionResult> OnPostRemoveMemberAsync(string code, string userId, CancellationToken ct) =>
        await After(await units.RemoveMemberAsync(code, userId, ct), "member-" + code, ct);

    private async Task<IActionResult> After<T>(Outcome<T> outcome, string action, CancellationToken ct)
    {
        if (outcome.Succeeded)
        {
            return Redirect($"{Request.PathBase}/admin/units");
        }
        Fail(outcome, action);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Units = await units.ListAsync(ct);
        try
        {
            Staff = await staff.ListAsync(tenant.Tenant!.Slug, ct);
        }
        catch (HttpRequestException ex)
        {
            StaffError = ex.Message; // the identity server is down: units still show, adding people waits
        }
    }

    private void Fail<T>(Outcome<T> outcome, string action)
    {
        FailedAction = action;
        foreach (var (k, v) in outcome.Errors)
        {
            Errors[k] = v;
        }
        ActionError = outcome.Kind == OutcomeKind.NotFound ? Texts.Get(outcome.Message ?? "organization.unit.not_found") : outcome.Message is { } message ? Texts.Resolve(message) : null;
        Response.StatusCode = outcome.Kind switch
        {
            OutcomeKind.Invalid => StatusCodes.Status422UnprocessableEntity,
            OutcomeKind.Conflict => StatusCodes.Status409Conflict,
            OutcomeKind.Forbidden => StatusCodes.Status403Forbidden,
            OutcomeKind.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        };
    }
}

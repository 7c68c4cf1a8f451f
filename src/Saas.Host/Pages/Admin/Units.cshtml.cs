using Microsoft.AspNetCore.Mvc;
using Saas.Host.Pages.Documents;
using Saas.Identity.Staff;
using Saas.Organization.Units;
using Saas.Platform.MultiTenancy;
using Saas.Web.Organization;

namespace Saas.Host.Pages.Admin;

/// <summary>Phòng, ban: the tenant admin adds units and puts staff in them, marking each unit's head.</summary>
public sealed class UnitsModel(UnitDirectory units, UnitStaff unitStaff, TenantStaffDirectory staff, ICurrentTenant tenant) : DocumentPageModel
{
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
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Saas.Identity.Keycloak;
using Saas.Identity.Memberships;
using Saas.Identity.Staff;
using Saas.Platform.MultiTenancy;

namespace Saas.Organization.Web.Pages.Admin;

/// <summary>Tenant admins list their staff and grant or revoke roles (Keycloak groups) without a Keycloak console.</summary>
public sealed class StaffModel(TenantStaffDirectory staff, ICurrentTenant current, IStringLocalizer t) : PageModel
{
    public IReadOnlyList<StaffMember> Members { get; private set; } = [];

    public IReadOnlyList<KeycloakUser> Candidates { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Query { get; set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        try
        {
            Members = await staff.ListAsync(current.Tenant!.Slug, ct);
            if (!string.IsNullOrWhiteSpace(Query))
            {
                Candidates = await staff.SearchUsersAsync(Query.Trim(), ct);
            }
        }
        catch (HttpRequestException ex)
        {
            Error = ex.Message;
        }
    }

    public Task<IActionResult> OnPostGrantAsync(string userId, string role, string username, CancellationToken ct) =>
        ChangeAsync(userId, role, username, grant: true, ct);

    public Task<IActionResult> OnPostRevokeAsync(string userId, string role, string username, CancellationToken ct) =>
        ChangeAsync(userId, role, username, grant: false, ct);

    private async Task<IActionResult> ChangeAsync(string userId, string role, string username, bool grant, CancellationToken ct)
    {
        if (!TenantRoles.IsKnown(role))
        {
            return BadRequest();
        }
        var tenant = current.Tenant!.Slug;
        var ok = grant ? await staff.GrantAsync(tenant, userId, role, ct) : await staff.RevokeAsync(tenant, userId, role, ct);
        if (!ok)
        {
            return NotFound();
        }
        // The page filter's unit of work commits the audit entry once this answers the redirect.
        TempData["Flash"] = t[grant ? "RoleGranted" : "RoleRevoked", username, t["role." + role]].Value;
        return Redirect(Request.PathBase + "/admin/staff");
    }
}

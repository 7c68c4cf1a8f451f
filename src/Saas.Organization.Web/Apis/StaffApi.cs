using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Identity.Authorization;
using Saas.Identity.Memberships;
using Saas.Identity.Staff;
using Saas.Platform.MultiTenancy;
using Saas.Platform.Text;
using Saas.Web.Http;

namespace Saas.Organization.Web.Apis;

/// <summary>/api/v1/staff: the current tenant's staff and roles (tenant admins), backed by Keycloak groups.</summary>
public static class StaffApi
{
    public static RouteGroupBuilder MapStaffApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/staff").RequireAuthorization(Policies.TenantAdmin).WithTags("Staff");
        group.MapGet("/", ListAsync).WithSummary(Texts.Bilingual("organization.api.staff"));
        group.MapGet("/candidates", CandidatesAsync).WithSummary(Texts.Bilingual("organization.api.candidates"));
        group.MapPut("/{userId}/roles/{role}", (string userId, string role, TenantStaffDirectory staff, ICurrentTenant current, CancellationToken ct) =>
            ChangeAsync(userId, role, grant: true, staff, current, ct)).WithSummary(Texts.Bilingual("organization.api.grant"));
        group.MapDelete("/{userId}/roles/{role}", (string userId, string role, TenantStaffDirectory staff, ICurrentTenant current, CancellationToken ct) =>
            ChangeAsync(userId, role, grant: false, staff, current, ct)).WithSummary(Texts.Bilingual("organization.api.revoke"));
        return api;
    }

    private static async Task<Ok<List<StaffMemberDto>>> ListAsync(TenantStaffDirectory staff, ICurrentTenant current, CancellationToken ct) =>
        TypedResults.Ok((await staff.ListAsync(current.Tenant!.Slug, ct)).Select(StaffMemberDto.From).ToList());

    private static async Task<Ok<List<StaffCandidateDto>>> CandidatesAsync(string q, TenantStaffDirectory staff, CancellationToken ct) =>
        TypedResults.Ok((await staff.SearchUsersAsync(q, ct)).Select(u => new StaffCandidateDto(u.Id, u.Username, u.DisplayName, u.Email)).ToList());

    // The unit of work (API group filter) commits the audit entry of a grant or revoke once this answers 204.
    private static async Task<Results<NoContent, ProblemHttpResult, ValidationProblem>> ChangeAsync(
        string userId, string role, bool grant, TenantStaffDirectory staff, ICurrentTenant current, CancellationToken ct)
    {
        if (!TenantRoles.IsKnown(role))
        {
            return Problems.Validation(new Dictionary<string, string[]>
            {
                ["role"] = [Texts.Bilingual("organization.staff.unknown_role", string.Join(", ", TenantRoles.All))],
            });
        }
        try
        {
            var ok = grant
                ? await staff.GrantAsync(current.Tenant!.Slug, userId, role, ct)
                : await staff.RevokeAsync(current.Tenant!.Slug, userId, role, ct);
            return ok ? TypedResults.NoContent() : Problems.NotFound("what.account");
        }
        catch (HttpRequestException ex)
        {
            return Problems.Upstream(ex.Message);
        }
    }
}

/// <summary>A member of staff and the roles they hold in the current tenant.</summary>
public sealed record StaffMemberDto(string UserId, string Username, string DisplayName, string? Email, IReadOnlyList<string> Roles)
{
    public static StaffMemberDto From(StaffMember m) => new(m.UserId, m.Username, m.DisplayName, m.Email, m.Roles);
}

/// <summary>An identity-server account that could be given a role (the JSON names of the earlier anonymous body).</summary>
public sealed record StaffCandidateDto(string Id, string Username, string Name, string? Email);

using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Host.Infrastructure;
using Saas.Identity.Authorization;
using Saas.Identity.Memberships;
using Saas.Identity.Staff;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;

namespace Saas.Host.Api;

/// <summary>/api/v1/staff: the current tenant's staff and roles (tenant admins), backed by Keycloak groups.</summary>
public static class StaffEndpoints
{
    public static RouteGroupBuilder MapStaffEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/staff").RequireAuthorization(Policies.TenantAdmin).WithTags("Staff");
        group.MapGet("/", async (TenantStaffDirectory staff, ICurrentTenant current, CancellationToken ct) =>
            TypedResults.Ok(await staff.ListAsync(current.Tenant!.Slug, ct))).WithSummary("Cán bộ của đơn vị / Staff");
        group.MapGet("/candidates", async (string q, TenantStaffDirectory staff, CancellationToken ct) =>
            TypedResults.Ok((await staff.SearchUsersAsync(q, ct)).Select(u => new { u.Id, u.Username, Name = u.DisplayName, u.Email })))
            .WithSummary("Tìm tài khoản để thêm / Find accounts to add");
        group.MapPut("/{userId}/roles/{role}", (string userId, string role, TenantStaffDirectory staff, ICurrentTenant current, TenantDataSession session, CancellationToken ct) =>
            ChangeAsync(userId, role, grant: true, staff, current, session, ct)).WithSummary("Cấp vai trò / Grant a role");
        group.MapDelete("/{userId}/roles/{role}", (string userId, string role, TenantStaffDirectory staff, ICurrentTenant current, TenantDataSession session, CancellationToken ct) =>
            ChangeAsync(userId, role, grant: false, staff, current, session, ct)).WithSummary("Thu hồi vai trò / Revoke a role");
        return api;
    }

    private static async Task<Results<NoContent, ProblemHttpResult, ValidationProblem>> ChangeAsync(
        string userId, string role, bool grant, TenantStaffDirectory staff, ICurrentTenant current, TenantDataSession session, CancellationToken ct)
    {
        if (!TenantRoles.IsKnown(role))
        {
            return Problems.Validation(new Dictionary<string, string[]>
            {
                ["role"] = [$"Vai trò không hợp lệ; chọn một trong: {string.Join(", ", TenantRoles.All)} / Unknown role"],
            });
        }
        try
        {
            var ok = grant
                ? await staff.GrantAsync(current.Tenant!.Slug, userId, role, ct)
                : await staff.RevokeAsync(current.Tenant!.Slug, userId, role, ct);
            if (!ok)
            {
                return Problems.NotFound("tài khoản");
            }
            await session.CommitAsync(ct);
            return TypedResults.NoContent();
        }
        catch (HttpRequestException ex)
        {
            return Problems.Upstream(ex.Message);
        }
    }
}

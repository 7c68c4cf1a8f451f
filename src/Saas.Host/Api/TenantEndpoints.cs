using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Host.Infrastructure;
using Saas.Identity.Authorization;
using Saas.Identity.Memberships;
using Saas.Platform.MultiTenancy;
using Saas.Tenancy.Catalog;

namespace Saas.Host.Api;

/// <summary>Endpoints about the signed-in user and the current tenant's configuration.</summary>
public static class TenantEndpoints
{
    public static RouteGroupBuilder MapTenantEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/me", Me).RequireAuthorization().WithTags("Me").WithSummary("Người dùng hiện tại / Current user");

        var tenant = api.MapGroup("").RequireAuthorization(Policies.TenantMember).WithTags("Tenant");
        tenant.MapGet("/tenant", CurrentTenantAsync).WithSummary("Đơn vị hiện tại / Current tenant");
        return api;
    }

    private static Ok<MeDto> Me(ClaimsPrincipal user, ICurrentTenant current) =>
        TypedResults.Ok(new MeDto(
            user.UserId(), user.FindFirstValue("preferred_username"), user.DisplayName(),
            user.Memberships().Select(m => new MembershipDto(m.Tenant, m.Role)).ToList(),
            user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(),
            current.Tenant?.Slug));

    private static async Task<Results<Ok<TenantDto>, ProblemHttpResult>> CurrentTenantAsync(ICurrentTenant current, ITenantCatalog catalog, CancellationToken ct)
    {
        var all = await catalog.ListAsync(ct);
        var tenant = all.FirstOrDefault(t => t.Id == current.Id);
        return tenant is null ? Problems.NotFound("đơn vị") : TypedResults.Ok(TenantDto.From(tenant, all.ToDictionary(t => t.Id, t => t.Slug)));
    }
}

public sealed record MembershipDto(string Tenant, string Role);

public sealed record MeDto(string? Id, string? Username, string Name, IReadOnlyList<MembershipDto> Memberships, IReadOnlyList<string> RealmRoles, string? CurrentTenant);

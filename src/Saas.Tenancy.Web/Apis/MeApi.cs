using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Identity.Authorization;
using Saas.Identity.Memberships;
using Saas.Platform.MultiTenancy;
using Saas.Platform.Text;
using Saas.Tenancy.Catalog;
using Saas.Web.Http;

namespace Saas.Tenancy.Web.Apis;

/// <summary>/api/v1/me and /api/v1/tenant: the signed-in user and the tenant the request is in.</summary>
public static class MeApi
{
    public static RouteGroupBuilder MapMeApi(this RouteGroupBuilder api)
    {
        api.MapGet("/me", Me).RequireAuthorization().WithTags("Me").WithSummary(Texts.Bilingual("tenancy.api.me"));
        api.MapGet("/tenant", CurrentTenantAsync).RequireAuthorization(Policies.TenantMember).WithTags("Tenant")
            .WithSummary(Texts.Bilingual("tenancy.api.current_tenant"));
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
        return tenant is null ? Problems.NotFound("what.tenant") : TypedResults.Ok(TenantDto.From(tenant, all.ToDictionary(t => t.Id, t => t.Slug)));
    }
}

public sealed record MembershipDto(string Tenant, string Role);

public sealed record MeDto(string? Id, string? Username, string Name, IReadOnlyList<MembershipDto> Memberships, IReadOnlyList<string> RealmRoles, string? CurrentTenant);

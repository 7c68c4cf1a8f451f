using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Documents.Configuration;
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
        tenant.MapGet("/document-types", async (DocumentConfigurationService config, CancellationToken ct) =>
            TypedResults.Ok((await config.DocumentTypesAsync(ct)).Select(t => new DocumentTypeDto(t.Code, t.Name, t.Abbreviation, t.SortOrder, t.Active))))
            .WithSummary("Loại văn bản / Document types");
        tenant.MapGet("/registers", async (DocumentConfigurationService config, CancellationToken ct) =>
            TypedResults.Ok((await config.RegistersAsync(ct)).Select(RegisterDto.From)))
            .WithSummary("Sổ văn bản / Registers");
        tenant.MapGet("/registers/{code}", GetRegisterAsync).WithSummary("Một sổ văn bản / One register");
        tenant.MapPut("/registers/{code}", UpdateRegisterAsync)
            .RequireAuthorization(Policies.TenantAdmin).WithSummary("Sửa sổ văn bản / Update a register");
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

    private static async Task<Results<Ok<RegisterDto>, ProblemHttpResult>> GetRegisterAsync(string code, DocumentConfigurationService config, CancellationToken ct) =>
        await config.RegisterAsync(code, ct) is { } r ? TypedResults.Ok(RegisterDto.From(r)) : Problems.NotFound($"sổ '{code}'");

    private static async Task<Results<Ok<RegisterDto>, ProblemHttpResult, ValidationProblem>> UpdateRegisterAsync(
        string code, UpdateRegisterRequest request, DocumentConfigurationService config, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 200)
        {
            return Problems.Validation(new Dictionary<string, string[]>
            {
                ["name"] = ["Tên sổ bắt buộc, tối đa 200 ký tự / Name is required, at most 200 characters"],
            });
        }
        var updated = await config.UpdateRegisterAsync(code, request.Name.Trim(), request.Active ?? true, ct);
        return updated is null ? Problems.NotFound($"sổ '{code}'") : TypedResults.Ok(RegisterDto.From(updated));
    }
}

public sealed record MembershipDto(string Tenant, string Role);

public sealed record MeDto(string? Id, string? Username, string Name, IReadOnlyList<MembershipDto> Memberships, IReadOnlyList<string> RealmRoles, string? CurrentTenant);

public sealed record DocumentTypeDto(string Code, string Name, string? Abbreviation, int Order, bool Active);

public sealed record RegisterDto(string Code, string Name, string Direction, bool Secret, IReadOnlyList<string> DocumentTypes, bool Active)
{
    public static RegisterDto From(Register r) => new(r.Code, r.Name, r.Direction, r.Secret, r.DocumentTypes, r.Active);
}

public sealed record UpdateRegisterRequest(string? Name, bool? Active);

using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Documents.Configuration;
using Saas.Host.Infrastructure;
using Saas.Identity.Authorization;

namespace Saas.Host.Api;

/// <summary>Endpoints about the current tenant's document configuration (/me and /tenant are Saas.Tenancy.Web's).</summary>
public static class TenantEndpoints
{
    public static RouteGroupBuilder MapTenantEndpoints(this RouteGroupBuilder api)
    {
        var tenant = api.MapGroup("").RequireAuthorization(Policies.TenantMember).WithTags("Tenant");
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

public sealed record DocumentTypeDto(string Code, string Name, string? Abbreviation, int Order, bool Active);

public sealed record RegisterDto(string Code, string Name, string Direction, bool Secret, IReadOnlyList<string> DocumentTypes, bool Active)
{
    public static RegisterDto From(Register r) => new(r.Code, r.Name, r.Direction, r.Secret, r.DocumentTypes, r.Active);
}

public sealed record UpdateRegisterRequest(string? Name, bool? Active);

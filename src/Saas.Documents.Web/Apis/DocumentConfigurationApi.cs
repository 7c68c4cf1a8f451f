using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Documents.Configuration;
using Saas.Documents.Outgoing;
using Saas.Identity.Authorization;

namespace Saas.Documents.Web.Apis;

/// <summary>The tenant's document types, registers and approval routes.</summary>
public static class DocumentConfigurationApi
{
    public static RouteGroupBuilder MapDocumentConfigurationApi(this RouteGroupBuilder api)
    {
        var tenant = api.MapGroup("").RequireAuthorization(Policies.TenantMember).WithTags("Tenant");
        tenant.MapGet("/document-types", async (DocumentConfigurationService config, CancellationToken ct) =>
            TypedResults.Ok<IReadOnlyList<DocumentTypeDto>>((await config.DocumentTypesAsync(ct)).Select(DocumentTypeDto.From).ToList()))
            .Summary("documents.api.document_types");
        tenant.MapGet("/registers", async (DocumentConfigurationService config, CancellationToken ct) =>
            TypedResults.Ok<IReadOnlyList<RegisterDto>>((await config.RegistersAsync(ct)).Select(RegisterDto.From).ToList()))
            .Summary("documents.api.registers");
        tenant.MapGet("/registers/{code}", GetRegisterAsync).Summary("documents.api.register.get");
        tenant.MapPut("/registers/{code}", UpdateRegisterAsync)
            .RequireAuthorization(Policies.TenantAdmin).Summary("documents.api.register.update");

        var routes = api.MapGroup("").RequireAuthorization(Policies.TenantMember).WithTags("Documents");
        routes.MapGet("/approval-routes", async (ApprovalRouteService s, CancellationToken ct) =>
            TypedResults.Ok<IReadOnlyList<ApprovalRouteDto>>((await s.ListAsync(ct)).Select(ApprovalRouteDto.From).ToList()))
            .Summary("documents.api.approval_routes");
        routes.MapPut("/approval-routes/{typeCode}", async (string typeCode, ApprovalRouteBody body, ApprovalRouteService s, CancellationToken ct) =>
            (await s.SetAsync(typeCode, body.Steps, ct)).ToResult(ApprovalRouteDto.From))
            .RequireAuthorization(Policies.TenantAdmin).Summary("documents.api.approval_route.set");
        return api;
    }

    private static async Task<Results<Ok<RegisterDto>, ProblemHttpResult>> GetRegisterAsync(string code, DocumentConfigurationService config, CancellationToken ct) =>
        await config.RegisterAsync(code, ct) is { } r ? TypedResults.Ok(RegisterDto.From(r)) : Problems.NotFound("what.register_named", code);

    private static async Task<Results<Ok<RegisterDto>, ProblemHttpResult, ValidationProblem>> UpdateRegisterAsync(
        string code, UpdateRegisterRequest request, DocumentConfigurationService config, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 200)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["name"] = ["documents.register.name_required"] });
        }
        var updated = await config.UpdateRegisterAsync(code, request.Name.Trim(), request.Active ?? true, ct);
        return updated is null ? Problems.NotFound("what.register_named", code) : TypedResults.Ok(RegisterDto.From(updated));
    }
}

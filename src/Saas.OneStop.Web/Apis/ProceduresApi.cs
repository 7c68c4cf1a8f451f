using Microsoft.AspNetCore.Http.HttpResults;
using Saas.OneStop.Catalogue;
using Saas.Platform.Text;

namespace Saas.OneStop.Web.Apis;

/// <summary>/api/v1/onestop/procedures: the tenant's procedure catalogue; tenant admins edit a procedure.</summary>
public static class ProceduresApi
{
    public static RouteGroupBuilder MapProceduresApi(this RouteGroupBuilder onestop)
    {
        onestop.MapGet("/procedures", ListAsync).WithSummary(Texts.Bilingual("onestop.api.procedure_catalogue"));
        onestop.MapGet("/procedures/{code}", FindAsync);
        onestop.MapPut("/procedures/{code}", UpdateAsync).WithSummary(Texts.Bilingual("onestop.api.edit_a_procedure"));
        return onestop;
    }

    private static async Task<Ok<IEnumerable<ProcedureDto>>> ListAsync(CatalogueService s, CancellationToken ct) =>
        TypedResults.Ok((await s.ListAsync(false, ct)).Select(ProcedureDto.From));

    private static async Task<Results<Ok<ProcedureDto>, ProblemHttpResult>> FindAsync(string code, CatalogueService s, CancellationToken ct) =>
        await s.FindAsync(code, ct) is { } p ? TypedResults.Ok(ProcedureDto.From(p)) : Problems.NotFound("onestop.what.procedure");

    private static async Task<Results<Ok<ProcedureDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string code, ProcedureUpdate body, CatalogueService s, CancellationToken ct) =>
        (await s.UpdateAsync(code, body, ct)).ToResult("onestop.what.procedure", ProcedureDto.From);
}

using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Identity.Authorization;
using Saas.Platform.MultiTenancy;
using Saas.Platform.Text;
using Saas.Web.Http;
using Saas.WorkFiles.FilePlans;

namespace Saas.WorkFiles.Web.Apis;

/// <summary>/api/v1/file-plans: danh mục hồ sơ of a year, drafted, copied, approved, and in and out of Excel.</summary>
public static class FilePlansApi
{
    public const string ExcelType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A workbook of at most 5 MB: a year's file list is a few hundred lines.</summary>
    public const long MaxImportBytes = 5 * 1024 * 1024;

    public static RouteGroupBuilder MapFilePlans(this RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/file-plans").RequireAuthorization(Policies.TenantMember).WithTags("File lists");
        plans.MapGet("/{year:int}", GetAsync).WithSummary(Texts.Bilingual("workfiles.api.plans.get"));
        plans.MapPost("/{year:int}/items", async (int year, List<FilePlanItemInput> items, FilePlanService s, CancellationToken ct) =>
            (await s.AddItemsAsync(year, items, ct)).ToResult("what.file_plan", FilePlanDto.From)).WithSummary(Texts.Bilingual("workfiles.api.plans.add_items"));
        plans.MapPost("/{year:int}/copy-from/{fromYear:int}", async (int year, int fromYear, FilePlanService s, CancellationToken ct) =>
            (await s.CopyAsync(fromYear, year, ct)).ToResult("what.file_plan", FilePlanDto.From)).WithSummary(Texts.Bilingual("workfiles.api.plans.copy"));
        plans.MapPost("/{year:int}/approve", async (int year, FilePlanService s, CancellationToken ct) =>
            (await s.ApproveAsync(year, ct)).ToResult("what.file_plan", FilePlanDto.From)).WithSummary(Texts.Bilingual("workfiles.api.plans.approve"));
        plans.MapGet("/{year:int}/export.xlsx", ExportAsync).Produces<byte[]>(StatusCodes.Status200OK, ExcelType).WithSummary(Texts.Bilingual("workfiles.api.plans.export"));
        plans.MapPost("/{year:int}/import", ImportAsync).DisableAntiforgery().WithSummary(Texts.Bilingual("workfiles.api.plans.import"));
        return api;
    }

    private static async Task<Results<Ok<FilePlanDto>, ProblemHttpResult>> GetAsync(int year, FilePlanService s, CancellationToken ct) =>
        await s.GetAsync(year, ct) is { } p ? TypedResults.Ok(FilePlanDto.From(p)) : Problems.NotFound("what.file_plan_year", year);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(int year, FilePlanService s, ICurrentTenant tenant, CancellationToken ct) =>
        await s.GetAsync(year, ct) is { } p
            ? TypedResults.File(FilePlanExcel.Export(p, tenant.Tenant!.Name), ExcelType, $"danh-muc-ho-so-{year}.xlsx")
            : Problems.NotFound("what.file_plan_year", year);

    private static async Task<Results<Ok<FilePlanDto>, ValidationProblem, ProblemHttpResult>> ImportAsync(int year, IFormFile file, FilePlanService s, CancellationToken ct)
    {
        if (file.Length is 0 or > MaxImportBytes)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["file"] = ["workfiles.web.import.file_size"] });
        }
        await using var stream = new MemoryStream();
        await file.CopyToAsync(stream, ct);
        stream.Position = 0;
        var (items, errors) = FilePlanExcel.Import(stream);
        if (errors.Count > 0)
        {
            // Problem details are bilingual; a formatted text that is no key passes through Problems unchanged.
            return Problems.Validation(new Dictionary<string, string[]> { ["file"] = [.. errors.Select(e => Texts.Bilingual(e.Key, e.Args))] });
        }
        return (await s.AddItemsAsync(year, items, ct)).ToResult("what.file_plan", FilePlanDto.From);
    }
}

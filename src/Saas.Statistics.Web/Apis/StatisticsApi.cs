using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Identity.Authorization;
using Saas.Platform.MultiTenancy;
using Saas.Platform.Text;
using Saas.Statistics.Catalogue;
using Saas.Statistics.Dashboards;
using Saas.Statistics.Reports;
using Saas.Statistics.Units;
using Saas.Web.Http;

namespace Saas.Statistics.Web.Apis;

/// <summary>/api/v1/statistics: the current tenant's own dashboard, exports and monthly reports (never another tenant's).</summary>
public static class StatisticsApi
{
    public static RouteGroupBuilder MapStatisticsTenantApi(this RouteGroupBuilder api)
    {
        api.MapGet("/statistics/indicators", Indicators)
            .RequireAuthorization().WithTags("Statistics").WithSummary(Texts.Bilingual("statistics.api.indicators"));

        var g = api.MapGroup("/statistics").RequireAuthorization(Policies.TenantMember).WithTags("Statistics");
        g.MapGet("/dashboard", DashboardAsync).WithSummary(Texts.Bilingual("statistics.api.dashboard"));
        g.MapPost("/exports", ExportAsync).WithSummary(Texts.Bilingual("statistics.api.export"));
        g.MapGet("/exports/{id:guid}", ExportStatusAsync).WithSummary(Texts.Bilingual("statistics.api.export_status"));
        g.MapGet("/exports/{id:guid}/file", ExportFileAsync)
            .Produces<byte[]>(StatusCodes.Status200OK, StatisticsAccess.Xlsx).WithSummary(Texts.Bilingual("statistics.api.export_file"));
        g.MapGet("/reports/{month}.xlsx", MonthlyReportAsync)
            .Produces<byte[]>(StatusCodes.Status200OK, StatisticsAccess.Xlsx).WithSummary(Texts.Bilingual("statistics.api.unit_report"));
        return api;
    }

    private static Ok<IReadOnlyList<IndicatorDto>> Indicators() => TypedResults.Ok<IReadOnlyList<IndicatorDto>>(
        [.. IndicatorCatalog.All.Select(i => new IndicatorDto(i.Code, i.Group, i.NameVi, i.NameEn, i.Formula,
            Dashboards.Indicators.UnitName(i.Unit), i.HigherIsBetter, i.Decision766, i.Threshold, i.Facts))]);

    private static async Task<Results<Ok<TenantDashboard>, ValidationProblem>> DashboardAsync(string? from, string? to, ICurrentTenant tenant,
        UnitDirectory units, DashboardService s, TimeProvider clock, CancellationToken ct)
    {
        var (range, problem) = StatisticsAccess.Period(from, to, clock);
        if (problem is not null)
        {
            return problem;
        }
        var unit = await units.FindAsync(tenant.Tenant!.Slug, ct) ?? Current(tenant.Tenant!);
        return TypedResults.Ok(await s.ForTenantAsync(unit, range!, ct));
    }

    private static async Task<Results<Accepted<ExportStatus>, ValidationProblem>> ExportAsync(ExportRequest body, ICurrentTenant tenant,
        HttpContext http, StatisticsExports exports, CancellationToken ct)
    {
        if (Validate(body) is { } invalid)
        {
            return invalid;
        }
        var status = await exports.EnqueueAsync(tenant.Id, null, StatisticsAccess.Viewer(http.User).UserName, body.FromDay, body.ToDay, ct);
        return TypedResults.Accepted($"/api/v1/statistics/exports/{status.Id}", status);
    }

    private static async Task<Results<Ok<ExportStatus>, ProblemHttpResult>> ExportStatusAsync(Guid id, ICurrentTenant tenant, HttpContext http,
        StatisticsExports exports, CancellationToken ct) =>
        (await exports.GetAsync(id, tenant.Id, StatisticsAccess.Viewer(http.User).UserName, false, ct)).Status is { } st
            ? TypedResults.Ok(st) : Problems.NotFound("statistics.what.export");

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportFileAsync(Guid id, ICurrentTenant tenant, HttpContext http,
        StatisticsExports exports, CancellationToken ct)
    {
        var (st, content) = await exports.GetAsync(id, tenant.Id, StatisticsAccess.Viewer(http.User).UserName, true, ct);
        return st is { Status: ExportStates.Done } && content is not null
            ? TypedResults.File(content, StatisticsAccess.Xlsx, st.FileName) : Problems.NotFound("statistics.what.export_file");
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> MonthlyReportAsync(string month,
        ICurrentTenant tenant, UnitDirectory units, MonthlyReportService reports, CancellationToken ct)
    {
        if (!StatisticsAccess.TryMonth(month, out var m))
        {
            return StatisticsAccess.BadPeriod("statistics.period.month_format");
        }
        var unit = await units.FindAsync(tenant.Tenant!.Slug, ct) ?? Current(tenant.Tenant!);
        return await reports.UnitFileAsync(unit, m, ct) is { } bytes
            ? TypedResults.File(bytes, StatisticsAccess.Xlsx, MonthlyReportService.FileName(m))
            : Problems.NotFound("statistics.what.monthly_report", month);
    }

    internal static ValidationProblem? Validate(ExportRequest body)
    {
        var errors = new Dictionary<string, string[]>();
        if (!StatisticsAccess.TryDay(body.From, out var from))
        {
            errors["from"] = ["statistics.export.from_format"];
        }
        if (!StatisticsAccess.TryDay(body.To, out var to))
        {
            errors["to"] = ["statistics.export.to_format"];
        }
        else if (errors.Count == 0 && (to < from || from.AddYears(5) <= to))
        {
            errors["to"] = ["statistics.export.span"];
        }
        return errors.Count > 0 ? Problems.Validation(errors) : null;
    }

    private static Unit Current(TenantInfo t) => new(t.Id, t.Slug, t.Name, t.Level, null, t.Status, t.DatabaseConnectionString);
}

public sealed record IndicatorDto(string Code, string Group, string NameVi, string NameEn, string Formula, string Unit, bool HigherIsBetter,
    string? Decision766, double? Threshold, IReadOnlyList<string> Facts);

public sealed record ExportRequest(string? From, string? To)
{
    public DateOnly FromDay => StatisticsAccess.TryDay(From, out var d) ? d : default;

    public DateOnly ToDay => StatisticsAccess.TryDay(To, out var d) ? d : default;
}

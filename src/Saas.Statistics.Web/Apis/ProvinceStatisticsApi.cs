using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Platform.MultiTenancy;
using Saas.Platform.Text;
using Saas.Statistics.Access;
using Saas.Statistics.Catalogue;
using Saas.Statistics.Dashboards;
using Saas.Statistics.Reports;
using Saas.Statistics.Units;
using Saas.Web.Http;

namespace Saas.Statistics.Web.Apis;

/// <summary>
/// /api/v1/province-statistics: the province dashboard for platform administrators and province observers,
/// limited to the subtree each observer was granted. Only aggregated figures leave here, never documents.
/// </summary>
public static class ProvinceStatisticsApi
{
    public static RouteGroupBuilder MapProvinceStatisticsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/province-statistics").RequireAuthorization().WithTags("Statistics: province");
        g.MapGet("/dashboard", DashboardAsync).WithSummary(Texts.Bilingual("statistics.api.province_dashboard"));
        g.MapGet("/units/{slug}", UnitAsync).WithSummary(Texts.Bilingual("statistics.api.province_unit"));
        g.MapGet("/ranking/{indicator}", RankingAsync).WithSummary(Texts.Bilingual("statistics.api.province_ranking"));
        g.MapPost("/exports", ExportAsync).WithSummary(Texts.Bilingual("statistics.api.province_export"));
        g.MapGet("/exports/{id:guid}", async Task<Results<Ok<ExportStatus>, ProblemHttpResult>> (Guid id, HttpContext http, StatisticsExports exports,
                CancellationToken ct) =>
            (await exports.GetAsync(id, null, StatisticsAccess.Viewer(http.User).UserName, false, ct)).Status is { } st
                ? TypedResults.Ok(st) : Problems.NotFound("statistics.what.export"))
            .WithSummary(Texts.Bilingual("statistics.api.export_status"));
        g.MapGet("/exports/{id:guid}/file", ExportFileAsync)
            .Produces<byte[]>(StatusCodes.Status200OK, StatisticsAccess.Xlsx).WithSummary(Texts.Bilingual("statistics.api.export_file"));
        g.MapGet("/reports", async Task<Results<Ok<IReadOnlyList<MonthlyReportService.MonthlyReport>>, ProblemHttpResult>> (HttpContext http,
                ObserverGrants grants, UnitDirectory units, MonthlyReportService reports, CancellationToken ct) =>
            await SeesWholeProvinceAsync(http, grants, units, ct) ? TypedResults.Ok(await reports.ListAsync(ct)) : StatisticsAccess.NoScope())
            .WithSummary(Texts.Bilingual("statistics.api.province_reports"));
        g.MapGet("/reports/{month}.xlsx", ProvinceReportAsync)
            .Produces<byte[]>(StatusCodes.Status200OK, StatisticsAccess.Xlsx).WithSummary(Texts.Bilingual("statistics.api.province_report"));
        return api;
    }

    private static async Task<Results<Ok<ProvinceDashboard>, ValidationProblem, ProblemHttpResult>> DashboardAsync(string? from, string? to,
        string? level, HttpContext http, ObserverGrants grants, DashboardService s, TimeProvider clock, CancellationToken ct)
    {
        var (range, problem) = StatisticsAccess.Period(from, to, clock);
        if (problem is not null)
        {
            return problem;
        }
        if (level is not null && !TenantLevels.All.Contains(level))
        {
            return Problems.Validation(new Dictionary<string, string[]>
            {
                ["level"] = [Texts.Bilingual("statistics.province.level", string.Join(", ", TenantLevels.All))],
            });
        }
        var visible = await grants.VisibleAsync(StatisticsAccess.Viewer(http.User), ct);
        return visible is { Count: 0 } ? StatisticsAccess.NoScope() : TypedResults.Ok(await s.ForProvinceAsync(visible, range!, level, ct));
    }

    private static async Task<Results<Ok<TenantDashboard>, ValidationProblem, ProblemHttpResult>> UnitAsync(string slug, string? from, string? to,
        HttpContext http, ObserverGrants grants, UnitDirectory units, DashboardService s, TimeProvider clock, CancellationToken ct)
    {
        var (range, problem) = StatisticsAccess.Period(from, to, clock);
        if (problem is not null)
        {
            return problem;
        }
        var visible = await grants.VisibleAsync(StatisticsAccess.Viewer(http.User), ct);
        if (visible is { Count: 0 })
        {
            return StatisticsAccess.NoScope();
        }
        var unit = await units.FindAsync(slug, ct);
        if (unit is null)
        {
            return Problems.NotFound("statistics.what.unit");
        }
        return visible is not null && !visible.Contains(unit.Id) ? StatisticsAccess.OutOfScope() : TypedResults.Ok(await s.ForTenantAsync(unit, range!, ct));
    }

    private static async Task<Results<Ok<IReadOnlyList<RankRow>>, ValidationProblem, ProblemHttpResult>> RankingAsync(string indicator, string? from,
        string? to, string? level, HttpContext http, ObserverGrants grants, DashboardService s, TimeProvider clock, CancellationToken ct)
    {
        if (IndicatorCatalog.Find(indicator) is null)
        {
            return Problems.NotFound("statistics.what.indicator");
        }
        var (range, problem) = StatisticsAccess.Period(from, to, clock);
        if (problem is not null)
        {
            return problem;
        }
        var visible = await grants.VisibleAsync(StatisticsAccess.Viewer(http.User), ct);
        if (visible is { Count: 0 })
        {
            return StatisticsAccess.NoScope();
        }
        var board = await s.ForProvinceAsync(visible, range!, level, ct);
        return TypedResults.Ok(DashboardService.Rank(board.UnitRows, indicator));
    }

    private static async Task<Results<Accepted<ExportStatus>, ValidationProblem, ProblemHttpResult>> ExportAsync(ExportRequest body, HttpContext http,
        ObserverGrants grants, StatisticsExports exports, CancellationToken ct)
    {
        if (StatisticsApi.Validate(body) is { } invalid)
        {
            return invalid;
        }
        var viewer = StatisticsAccess.Viewer(http.User);
        var visible = await grants.VisibleAsync(viewer, ct);
        if (visible is { Count: 0 })
        {
            return StatisticsAccess.NoScope();
        }
        var status = await exports.EnqueueAsync(null, visible, viewer.UserName, body.FromDay, body.ToDay, ct);
        return TypedResults.Accepted($"/api/v1/province-statistics/exports/{status.Id}", status);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportFileAsync(Guid id, HttpContext http, StatisticsExports exports,
        CancellationToken ct)
    {
        var (st, content) = await exports.GetAsync(id, null, StatisticsAccess.Viewer(http.User).UserName, true, ct);
        return st is { Status: ExportStates.Done } && content is not null
            ? TypedResults.File(content, StatisticsAccess.Xlsx, st.FileName) : Problems.NotFound("statistics.what.export_file");
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ProvinceReportAsync(string month, HttpContext http,
        ObserverGrants grants, UnitDirectory units, MonthlyReportService reports, CancellationToken ct)
    {
        if (!StatisticsAccess.TryMonth(month, out var m))
        {
            return StatisticsAccess.BadPeriod("statistics.period.month_format");
        }
        if (!await SeesWholeProvinceAsync(http, grants, units, ct))
        {
            return StatisticsAccess.NoScope();
        }
        return await reports.ProvinceFileAsync(m, ct) is { } bytes
            ? TypedResults.File(bytes, StatisticsAccess.Xlsx, MonthlyReportService.FileName(m))
            : Problems.NotFound("statistics.what.monthly_report", month);
    }

    /// <summary>The province-wide monthly report covers every unit, so only viewers who see every unit get it.</summary>
    private static async Task<bool> SeesWholeProvinceAsync(HttpContext http, ObserverGrants grants, UnitDirectory units, CancellationToken ct)
    {
        var visible = await grants.VisibleAsync(StatisticsAccess.Viewer(http.User), ct);
        return visible is null || (visible.Count > 0 && (await units.AllAsync(ct)).All(u => visible.Contains(u.Id)));
    }
}

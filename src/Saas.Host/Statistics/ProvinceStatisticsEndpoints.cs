using Saas.Host.Infrastructure;
using Saas.Platform.MultiTenancy;
using Saas.Statistics.Access;
using Saas.Statistics.Catalogue;
using Saas.Statistics.Dashboards;
using Saas.Statistics.Reports;
using Saas.Statistics.Units;

namespace Saas.Host.Statistics;

/// <summary>
/// /api/v1/province-statistics: the province dashboard for platform administrators and province observers,
/// limited to the subtree each observer was granted. Only aggregated figures leave here, never documents.
/// </summary>
public static class ProvinceStatisticsEndpoints
{
    public static RouteGroupBuilder MapProvinceStatisticsEndpoints(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/province-statistics").RequireAuthorization().WithTags("Statistics: province");
        g.MapGet("/dashboard", async (string? from, string? to, string? level, HttpContext http, ObserverGrants grants, DashboardService s,
            TimeProvider clock, CancellationToken ct) =>
        {
            var (range, problem) = StatisticsAccess.Period(from, to, clock);
            if (problem is not null)
            {
                return problem;
            }
            if (level is not null && !TenantLevels.All.Contains(level))
            {
                return Problems.Validation(new Dictionary<string, string[]> { ["level"] = [$"Cấp không hợp lệ; một trong: {string.Join(", ", TenantLevels.All)}. / Unknown level."] });
            }
            var visible = await grants.VisibleAsync(StatisticsAccess.Viewer(http.User), ct);
            return visible is { Count: 0 } ? StatisticsAccess.NoScope() : Results.Ok(await s.ForProvinceAsync(visible, range!, level, ct));
        }).WithSummary("Bảng điều khiển toàn tỉnh (theo phạm vi được cấp) / Province dashboard (within the granted scope)");

        g.MapGet("/units/{slug}", async (string slug, string? from, string? to, HttpContext http, ObserverGrants grants, UnitDirectory units,
            DashboardService s, TimeProvider clock, CancellationToken ct) =>
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
                return Problems.NotFound("đơn vị");
            }
            return visible is not null && !visible.Contains(unit.Id) ? StatisticsAccess.OutOfScope() : Results.Ok(await s.ForTenantAsync(unit, range!, ct));
        }).WithSummary("Chi tiết một đơn vị (drill-down) / One unit's figures (drill-down)");

        g.MapGet("/ranking/{indicator}", async (string indicator, string? from, string? to, string? level, HttpContext http, ObserverGrants grants,
            DashboardService s, TimeProvider clock, CancellationToken ct) =>
        {
            if (IndicatorCatalog.Find(indicator) is null)
            {
                return Problems.NotFound("chỉ tiêu");
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
            return Results.Ok(DashboardService.Rank(board.UnitRows, indicator));
        }).WithSummary("Xếp hạng các đơn vị theo một chỉ tiêu / Ranking of units on one indicator");

        g.MapPost("/exports", async (ExportRequest body, HttpContext http, ObserverGrants grants, ExportQueue exports, CancellationToken ct) =>
        {
            if (StatisticsEndpoints.Validate(body) is { } invalid)
            {
                return invalid;
            }
            var viewer = StatisticsAccess.Viewer(http.User);
            var visible = await grants.VisibleAsync(viewer, ct);
            if (visible is { Count: 0 })
            {
                return StatisticsAccess.NoScope();
            }
            var id = await exports.EnqueueAsync(null, visible, viewer.UserName, body.FromDay, body.ToDay, ct);
            return Results.Accepted($"/api/v1/province-statistics/exports/{id}", new ExportStatus(id, "queued", 0, null, null));
        }).WithSummary("Xuất Excel theo đơn vị và thủ tục (chạy nền) / Export per unit and procedure (background)");
        g.MapGet("/exports/{id:guid}", async (Guid id, HttpContext http, ExportQueue exports, CancellationToken ct) =>
            (await exports.GetAsync(id, null, StatisticsAccess.Viewer(http.User).UserName, false, ct)).Status is { } st
                ? Results.Ok(st) : Problems.NotFound("bản xuất")).WithSummary("Tiến độ bản xuất / Export progress");
        g.MapGet("/exports/{id:guid}/file", async (Guid id, HttpContext http, ExportQueue exports, CancellationToken ct) =>
        {
            var (st, content) = await exports.GetAsync(id, null, StatisticsAccess.Viewer(http.User).UserName, true, ct);
            return st is { Status: "done" } && content is not null ? Results.File(content, StatisticsAccess.Xlsx, st.FileName) : Problems.NotFound("tệp xuất");
        }).WithSummary("Tải bản xuất / Download the export");

        g.MapGet("/reports", async (HttpContext http, ObserverGrants grants, UnitDirectory units, MonthlyReportService reports, CancellationToken ct) =>
            await SeesWholeProvinceAsync(http, grants, units, ct) ? Results.Ok(await reports.ListAsync(ct)) : StatisticsAccess.NoScope())
            .WithSummary("Các báo cáo tháng đã tạo / Monthly reports generated");
        g.MapGet("/reports/{month}.xlsx", async (string month, HttpContext http, ObserverGrants grants, UnitDirectory units, MonthlyReportService reports,
            CancellationToken ct) =>
        {
            if (!StatisticsAccess.TryMonth(month, out var m))
            {
                return StatisticsAccess.BadPeriod("Tháng phải có dạng yyyy-MM. / Months must be yyyy-MM.");
            }
            if (!await SeesWholeProvinceAsync(http, grants, units, ct))
            {
                return StatisticsAccess.NoScope();
            }
            return await reports.ProvinceFileAsync(m, ct) is { } bytes
                ? Results.File(bytes, StatisticsAccess.Xlsx, MonthlyReportService.FileName(m))
                : Problems.NotFound($"báo cáo tháng {month}");
        }).WithSummary("Tải báo cáo tháng toàn tỉnh / Download the province's monthly report");
        return api;
    }

    /// <summary>The province-wide monthly report covers every unit, so only viewers who see every unit get it.</summary>
    private static async Task<bool> SeesWholeProvinceAsync(HttpContext http, ObserverGrants grants, UnitDirectory units, CancellationToken ct)
    {
        var visible = await grants.VisibleAsync(StatisticsAccess.Viewer(http.User), ct);
        return visible is null || (visible.Count > 0 && (await units.AllAsync(ct)).All(u => visible.Contains(u.Id)));
    }
}

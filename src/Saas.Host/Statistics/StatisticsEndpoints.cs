using Saas.Host.Infrastructure;
using Saas.Identity.Authorization;
using Saas.Platform.MultiTenancy;
using Saas.Statistics.Catalogue;
using Saas.Statistics.Dashboards;
using Saas.Statistics.Reports;
using Saas.Statistics.Units;

namespace Saas.Host.Statistics;

/// <summary>/api/v1/statistics: the current tenant's own dashboard, exports and monthly reports (never another tenant's).</summary>
public static class StatisticsEndpoints
{
    public static RouteGroupBuilder MapStatisticsEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/statistics/indicators", () => TypedResults.Ok(IndicatorCatalog.All.Select(i => new IndicatorDto(
                i.Code, i.Group, i.NameVi, i.NameEn, i.Formula, Indicators.UnitName(i.Unit), i.HigherIsBetter, i.Decision766, i.Threshold, i.Facts))))
            .RequireAuthorization().WithTags("Statistics").WithSummary("Danh mục chỉ tiêu và công thức / Indicator catalogue and formulas");

        var g = api.MapGroup("/statistics").RequireAuthorization(Policies.TenantMember).WithTags("Statistics");
        g.MapGet("/dashboard", async (string? from, string? to, ICurrentTenant tenant, UnitDirectory units, DashboardService s, TimeProvider clock, CancellationToken ct) =>
        {
            var (range, problem) = StatisticsAccess.Period(from, to, clock);
            if (problem is not null)
            {
                return problem;
            }
            var unit = await units.FindAsync(tenant.Tenant!.Slug, ct) ?? Current(tenant.Tenant!);
            return Results.Ok(await s.ForTenantAsync(unit, range!, ct));
        }).WithSummary("Bảng điều khiển của đơn vị / The tenant's dashboard");

        g.MapPost("/exports", async (ExportRequest body, ICurrentTenant tenant, HttpContext http, ExportQueue exports, CancellationToken ct) =>
        {
            if (Validate(body) is { } invalid)
            {
                return invalid;
            }
            var id = await exports.EnqueueAsync(tenant.Id, null, StatisticsAccess.Viewer(http.User).UserName, body.FromDay, body.ToDay, ct);
            return Results.Accepted($"/api/v1/statistics/exports/{id}", new ExportStatus(id, "queued", 0, null, null));
        }).WithSummary("Xuất Excel thống kê của đơn vị (chạy nền, có tiến độ) / Export the tenant's statistics to Excel (background, with progress)");
        g.MapGet("/exports/{id:guid}", async (Guid id, ICurrentTenant tenant, HttpContext http, ExportQueue exports, CancellationToken ct) =>
            (await exports.GetAsync(id, tenant.Id, StatisticsAccess.Viewer(http.User).UserName, false, ct)).Status is { } st
                ? Results.Ok(st) : Problems.NotFound("bản xuất")).WithSummary("Tiến độ bản xuất / Export progress");
        g.MapGet("/exports/{id:guid}/file", async (Guid id, ICurrentTenant tenant, HttpContext http, ExportQueue exports, CancellationToken ct) =>
        {
            var (st, content) = await exports.GetAsync(id, tenant.Id, StatisticsAccess.Viewer(http.User).UserName, true, ct);
            return st is { Status: "done" } && content is not null ? Results.File(content, StatisticsAccess.Xlsx, st.FileName) : Problems.NotFound("tệp xuất");
        }).WithSummary("Tải bản xuất / Download the export");

        g.MapGet("/reports/{month}.xlsx", async (string month, ICurrentTenant tenant, UnitDirectory units, MonthlyReportService reports, CancellationToken ct) =>
        {
            if (!StatisticsAccess.TryMonth(month, out var m))
            {
                return StatisticsAccess.BadPeriod("Tháng phải có dạng yyyy-MM. / Months must be yyyy-MM.");
            }
            var unit = await units.FindAsync(tenant.Tenant!.Slug, ct) ?? Current(tenant.Tenant!);
            return await reports.UnitFileAsync(unit, m, ct) is { } bytes
                ? Results.File(bytes, StatisticsAccess.Xlsx, MonthlyReportService.FileName(m))
                : Problems.NotFound($"báo cáo tháng {month}");
        }).WithSummary("Báo cáo tháng của đơn vị (từ số liệu đã chốt) / The tenant's monthly report (frozen figures)");
        return api;
    }

    internal static IResult? Validate(ExportRequest body)
    {
        var errors = new Dictionary<string, string[]>();
        if (!StatisticsAccess.TryDay(body.From, out var from))
        {
            errors["from"] = ["Ngày bắt đầu có dạng yyyy-MM-dd. / The start date must be yyyy-MM-dd."];
        }
        if (!StatisticsAccess.TryDay(body.To, out var to))
        {
            errors["to"] = ["Ngày kết thúc có dạng yyyy-MM-dd. / The end date must be yyyy-MM-dd."];
        }
        else if (errors.Count == 0 && (to < from || from.AddYears(5) <= to))
        {
            errors["to"] = ["Khoảng thời gian từ 1 ngày đến 5 năm. / The period must span 1 day to 5 years."];
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

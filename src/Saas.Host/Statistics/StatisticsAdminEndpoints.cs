using Saas.Host.Infrastructure;
using Saas.Identity.Authorization;
using Saas.Statistics;
using Saas.Statistics.Access;
using Saas.Statistics.Dashboards;
using Saas.Statistics.Reports;
using Saas.Statistics.Rollup;

namespace Saas.Host.Statistics;

/// <summary>/api/v1/platform/statistics: observer grants, the goal year, roll-up runs and monthly reports (platform administrators).</summary>
public static class StatisticsAdminEndpoints
{
    public static RouteGroupBuilder MapStatisticsAdminEndpoints(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/platform/statistics").RequireAuthorization(Policies.PlatformAdmin).WithTags("Platform: statistics");
        g.MapGet("/observer-grants", async (string? user, ObserverGrants grants, CancellationToken ct) => Results.Ok(await grants.ListAsync(user, ct)))
            .WithSummary("Phạm vi theo dõi đã cấp / Observer grants");
        g.MapPost("/observer-grants", async (GrantRequest body, HttpContext http, ObserverGrants grants, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(body.UserName) || string.IsNullOrWhiteSpace(body.Root))
            {
                return Problems.Validation(new Dictionary<string, string[]> { ["userName"] = ["Cần tên đăng nhập và đơn vị gốc. / A user name and a root unit are required."] });
            }
            return await grants.GrantAsync(body.UserName.Trim(), body.Root.Trim(), http.User.Identity?.Name ?? "", ct)
                ? Results.Ok(await grants.ListAsync(body.UserName.Trim(), ct))
                : Problems.Validation(new Dictionary<string, string[]> { ["root"] = ["Không có đơn vị này. / No such unit."] });
        }).WithSummary("Cấp phạm vi theo dõi (cây đơn vị dưới gốc) / Grant an observer a subtree");
        g.MapDelete("/observer-grants/{user}/{root}", async (string user, string root, ObserverGrants grants, CancellationToken ct) =>
            await grants.RevokeAsync(user, root, ct) ? Results.NoContent() : Problems.NotFound("phạm vi theo dõi"))
            .WithSummary("Thu hồi phạm vi theo dõi / Revoke a grant");

        g.MapGet("/goal", async (GoalSettings goals, CancellationToken ct) => Results.Ok(new GoalDto(await goals.GoalYearAsync(ct))))
            .WithSummary("Năm mục tiêu 100% xử lý trực tuyến / Goal year for 100% online");
        g.MapPut("/goal", async (GoalDto body, HttpContext http, GoalSettings goals, CancellationToken ct) =>
            await goals.SetGoalYearAsync(body.Year, http.User.Identity?.Name ?? "", ct) is { } error
                ? Problems.Validation(new Dictionary<string, string[]> { ["year"] = [error] })
                : Results.Ok(body)).WithSummary("Đặt năm mục tiêu / Set the goal year");

        g.MapPost("/rollups", async (RollupRequest body, RollupService rollup, CancellationToken ct) =>
        {
            if (!RollupKinds.IsKnown(body.Kind ?? ""))
            {
                return Problems.Validation(new Dictionary<string, string[]> { ["kind"] = ["Một trong full, recent, incremental. / One of full, recent, incremental."] });
            }
            return Results.Ok(body.Kind == RollupKinds.Incremental ? await rollup.RunIncrementalAsync(ct) : await rollup.RunRangeAsync(body.Kind!, ct));
        }).WithSummary("Chạy tổng hợp ngay (đồng bộ) / Run a roll-up now (synchronously)");
        g.MapGet("/rollups", async (int? limit, StatisticsDb db, CancellationToken ct) =>
        {
            await using var c = await db.ForPlatformAsync(ct);
            await using var cmd = c.Command(
                """
                select id, kind, range_from, range_to, node, started_at, finished_at, status, facts, chunks, error,
                       extract(epoch from (coalesce(finished_at, now()) - started_at))::float8
                from statistics.rollup_runs order by id desc limit @l
                """);
            cmd.Parameters.AddWithValue("l", Math.Clamp(limit ?? 50, 1, 500));
            var list = new List<RollupRunDto>();
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                list.Add(new RollupRunDto(r.GetInt64(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetFieldValue<DateOnly>(2),
                    r.IsDBNull(3) ? null : r.GetFieldValue<DateOnly>(3), r.GetString(4), r.GetFieldValue<DateTimeOffset>(5),
                    r.IsDBNull(6) ? null : r.GetFieldValue<DateTimeOffset>(6), r.GetString(7), r.GetInt64(8), r.GetInt32(9),
                    r.IsDBNull(10) ? null : r.GetString(10), r.GetDouble(11)));
            }
            return Results.Ok(list);
        }).WithSummary("Các lượt tổng hợp, thời lượng, lỗi / Roll-up runs, durations, failures");

        g.MapPost("/monthly-reports/{month}", async (string month, MonthlyReportService reports, CancellationToken ct) =>
        {
            if (!StatisticsAccess.TryMonth(month, out var m))
            {
                return StatisticsAccess.BadPeriod("Tháng phải có dạng yyyy-MM. / Months must be yyyy-MM.");
            }
            await reports.FreezeAndGenerateAsync(m, ct);
            return Results.Ok(await reports.ListAsync(ct));
        }).WithSummary("Chốt số liệu và tạo báo cáo tháng ngay / Freeze a month and generate its report now");
        return api;
    }
}

public sealed record GrantRequest(string? UserName, string? Root);

public sealed record GoalDto(int Year);

public sealed record RollupRequest(string? Kind);

public sealed record RollupRunDto(long Id, string Kind, DateOnly? From, DateOnly? To, string Node, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt,
    string Status, long Facts, int Chunks, string? Error, double Seconds);

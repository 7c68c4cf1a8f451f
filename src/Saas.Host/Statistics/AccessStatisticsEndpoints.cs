using Saas.Identity.Authorization;

namespace Saas.Host.Statistics;

/// <summary>
/// /api/v1/statistics/access: views and downloads per document or work file in a period (ND 30/2020 Phụ lục VI 6a:
/// "thống kê số lượt truy cập"), for the tenant's leaders and admin (<see cref="AccessRanking"/>).
/// </summary>
public static class AccessStatisticsEndpoints
{
    public static RouteGroupBuilder MapAccessStatisticsEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/statistics/access", async (string? kind, string? from, string? to, AccessRanking ranking, TimeProvider clock, CancellationToken ct) =>
            {
                var k = string.IsNullOrEmpty(kind) ? "incoming" : kind;
                if (!AccessRanking.Kinds.Contains(k))
                {
                    return StatisticsAccess.BadPeriod("Loại phải là incoming, outgoing hoặc workfile. / Kind must be incoming, outgoing or workfile.");
                }
                var today = Saas.Platform.Statistics.StatisticsDays.Today(clock);
                DateOnly start = today.AddDays(-29), end = today;
                if ((from is not null && !StatisticsAccess.TryDay(from, out start)) || (to is not null && !StatisticsAccess.TryDay(to, out end))
                    || start > end || start.Year < 2000 || end.Year > 2100 || end.DayNumber - start.DayNumber > 3660)
                {
                    return StatisticsAccess.BadPeriod("Khoảng ngày yyyy-MM-dd không hợp lệ (tối đa 10 năm, từ năm 2000). / Invalid yyyy-MM-dd range (at most 10 years, from 2000).");
                }
                var rows = await ranking.TopAsync(k, start, end, 100, ct);
                return Results.Ok(rows);
            })
            .RequireAuthorization(Policies.TenantMember)
            .RequireAuthorization(p => p.AddRequirements(new TenantRoleRequirement(Saas.Identity.Memberships.TenantRoles.Leader, Saas.Identity.Memberships.TenantRoles.TenantAdmin)))
            .WithTags("Statistics")
            .WithSummary("Số lượt xem, tải theo văn bản, hồ sơ / Views and downloads per document or work file");
        return api;
    }
}

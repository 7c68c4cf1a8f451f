using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Identity.Authorization;
using Saas.Identity.Memberships;
using Saas.Platform.Text;

namespace Saas.Statistics.Web.Apis;

/// <summary>
/// /api/v1/statistics/access: views and downloads per document or work file in a period (ND 30/2020 Phụ lục VI 6a:
/// "thống kê số lượt truy cập"), for the tenant's leaders and admin (<see cref="AccessRanking"/>).
/// </summary>
public static class AccessStatisticsApi
{
    public static RouteGroupBuilder MapAccessStatisticsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/statistics/access", TopAsync)
            .RequireAuthorization(Policies.TenantMember)
            .RequireAuthorization(p => p.AddRequirements(new TenantRoleRequirement(TenantRoles.Leader, TenantRoles.TenantAdmin)))
            .WithTags("Statistics")
            .WithSummary(Texts.Bilingual("statistics.api.access"));
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<AccessRanking.Row>>, ValidationProblem>> TopAsync(string? kind, string? from, string? to,
        AccessRanking ranking, TimeProvider clock, CancellationToken ct)
    {
        var k = string.IsNullOrEmpty(kind) ? "incoming" : kind;
        if (!AccessRanking.Kinds.Contains(k))
        {
            return StatisticsAccess.BadPeriod("statistics.access.kind");
        }
        var today = Saas.Platform.Statistics.StatisticsDays.Today(clock);
        DateOnly start = today.AddDays(-29), end = today;
        if ((from is not null && !StatisticsAccess.TryDay(from, out start)) || (to is not null && !StatisticsAccess.TryDay(to, out end))
            || start > end || start.Year < 2000 || end.Year > 2100 || end.DayNumber - start.DayNumber > 3660)
        {
            return StatisticsAccess.BadPeriod("statistics.access.range");
        }
        return TypedResults.Ok(await ranking.TopAsync(k, start, end, 100, ct));
    }
}

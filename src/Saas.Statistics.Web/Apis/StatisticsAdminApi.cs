using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Identity.Authorization;
using Saas.Platform.Text;
using Saas.Statistics.Access;
using Saas.Statistics.Dashboards;
using Saas.Statistics.Reports;
using Saas.Statistics.Rollup;
using Saas.Web.Http;

namespace Saas.Statistics.Web.Apis;

/// <summary>/api/v1/platform/statistics: observer grants, the goal year, roll-up runs and monthly reports (platform administrators).</summary>
public static class StatisticsAdminApi
{
    public static RouteGroupBuilder MapStatisticsAdminApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/platform/statistics").RequireAuthorization(Policies.PlatformAdmin).WithTags("Platform: statistics");
        g.MapGet("/observer-grants", async (string? user, ObserverGrants grants, CancellationToken ct) => TypedResults.Ok(await grants.ListAsync(user, ct)))
            .WithSummary(Texts.Bilingual("statistics.api.grants"));
        g.MapPost("/observer-grants", GrantAsync).WithSummary(Texts.Bilingual("statistics.api.grant"));
        g.MapDelete("/observer-grants/{user}/{root}", RevokeAsync).WithSummary(Texts.Bilingual("statistics.api.revoke"));

        g.MapGet("/goal", async (GoalSettings goals, CancellationToken ct) => TypedResults.Ok(new GoalDto(await goals.GoalYearAsync(ct))))
            .WithSummary(Texts.Bilingual("statistics.api.goal"));
        g.MapPut("/goal", SetGoalAsync).WithSummary(Texts.Bilingual("statistics.api.set_goal"));

        g.MapPost("/rollups", RollupAsync).WithSummary(Texts.Bilingual("statistics.api.rollup"));
        g.MapGet("/rollups", async (int? limit, RollupRunStore runs, CancellationToken ct) => TypedResults.Ok(await runs.ListAsync(Math.Clamp(limit ?? 50, 1, 500), ct)))
            .WithSummary(Texts.Bilingual("statistics.api.rollups"));

        g.MapPost("/monthly-reports/{month}", FreezeMonthAsync).WithSummary(Texts.Bilingual("statistics.api.freeze"));
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<ObserverGrant>>, ValidationProblem>> GrantAsync(GrantRequest body, HttpContext http,
        ObserverGrants grants, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body.UserName) || string.IsNullOrWhiteSpace(body.Root))
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["userName"] = ["statistics.grant.required"] });
        }
        return await grants.GrantAsync(body.UserName.Trim(), body.Root.Trim(), http.User.Identity?.Name ?? "", ct)
            ? TypedResults.Ok(await grants.ListAsync(body.UserName.Trim(), ct))
            : Problems.Validation(new Dictionary<string, string[]> { ["root"] = ["statistics.grant.no_unit"] });
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(string user, string root, ObserverGrants grants, CancellationToken ct) =>
        await grants.RevokeAsync(user, root, ct) ? TypedResults.NoContent() : Problems.NotFound("statistics.what.grant");

    private static async Task<Results<Ok<GoalDto>, ValidationProblem>> SetGoalAsync(GoalDto body, HttpContext http, GoalSettings goals, CancellationToken ct)
    {
        if (await goals.SetGoalYearAsync(body.Year, http.User.Identity?.Name ?? "", ct) is { } errorKey)
        {
            var (min, max) = goals.AllowedYears();
            return Problems.Validation(new Dictionary<string, string[]> { ["year"] = [Texts.Bilingual(errorKey, min, max)] });
        }
        return TypedResults.Ok(body);
    }

    private static async Task<Results<Ok<RollupResult>, ValidationProblem>> RollupAsync(RollupRequest body, RollupService rollup, CancellationToken ct)
    {
        if (!RollupKinds.IsKnown(body.Kind ?? ""))
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["kind"] = ["statistics.rollup.kind"] });
        }
        return TypedResults.Ok(body.Kind == RollupKinds.Incremental ? await rollup.RunIncrementalAsync(ct) : await rollup.RunRangeAsync(body.Kind!, ct));
    }

    private static async Task<Results<Ok<IReadOnlyList<MonthlyReportService.MonthlyReport>>, ValidationProblem>> FreezeMonthAsync(string month,
        MonthlyReportService reports, CancellationToken ct)
    {
        if (!StatisticsAccess.TryMonth(month, out var m))
        {
            return StatisticsAccess.BadPeriod("statistics.period.month_format");
        }
        await reports.FreezeAndGenerateAsync(m, ct);
        return TypedResults.Ok(await reports.ListAsync(ct));
    }
}

public sealed record GrantRequest(string? UserName, string? Root);

public sealed record GoalDto(int Year);

public sealed record RollupRequest(string? Kind);

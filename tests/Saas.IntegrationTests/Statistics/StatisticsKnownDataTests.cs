using System.Text.Json;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Statistics;

/// <summary>Every e-office indicator of the hand-made March 2024 compared with the figures worked out by hand.</summary>
[Collection(PlatformCollection.Name)]
public sealed class StatisticsKnownDataTests(PlatformFixture platform)
{
    private static double? Value(JsonElement indicators, string code)
    {
        var v = indicators.EnumerateArray().First(i => i.GetProperty("code").GetString() == code).GetProperty("value");
        return v.ValueKind == JsonValueKind.Null ? null : v.GetDouble();
    }

    [Fact]
    public async Task March_2024_indicators_match_the_hand_computed_figures()
    {
        await StatisticsDataSet.EnsureAsync(platform);
        using var admin = await platform.ClientForAsync("admin");
        var board = await (await admin.GetAsync($"/api/v1/province-statistics/units/{StatisticsDataSet.Slug}?from=2024-03&to=2024-03")).ReadAsync();
        var ind = board.GetProperty("indicators");

        Assert.Equal(6, Value(ind, "incoming-received"));            // A B C D E H (F secret, G recalled, I in February)
        Assert.Equal(50, Value(ind, "incoming-electronic-rate"));    // A C D of 6
        Assert.Equal(3, Value(ind, "outgoing-issued"));              // O1 O2 O3 (O4 draft, O5 secret)
        Assert.Equal(66.67, Value(ind, "outgoing-signed-rate"));     // O1 O3 of 3
        Assert.Equal(3, Value(ind, "workfiles-closed"));             // W1 W2 W3
        Assert.Equal(66.67, Value(ind, "workfiles-online-rate"));    // W1 W3 of 3
        Assert.Equal(50, Value(ind, "incoming-on-time-rate"));       // A on time, B late (E has no deadline)
        Assert.Equal(3, Value(ind, "incoming-pending"));             // C D I open on 31/03
        Assert.Equal(2, Value(ind, "incoming-overdue"));             // C (deadline 10/03), I (01/03)
        Assert.Null(Value(ind, "online-application-rate"));         // no one-stop data: no rate, not 0%

        var feb = (await (await admin.GetAsync($"/api/v1/province-statistics/units/{StatisticsDataSet.Slug}?from=2024-02&to=2024-02")).ReadAsync()).GetProperty("indicators");
        Assert.Equal(1, Value(feb, "incoming-received"));
        Assert.Equal(1, Value(feb, "incoming-pending"));
        Assert.Equal(0, Value(feb, "incoming-overdue"));

        // Two months: flows add up, backlog is the level at the end of March.
        var both = (await (await admin.GetAsync($"/api/v1/province-statistics/units/{StatisticsDataSet.Slug}?from=2024-02&to=2024-03")).ReadAsync()).GetProperty("indicators");
        Assert.Equal(7, Value(both, "incoming-received"));
        Assert.Equal(3, Value(both, "incoming-pending"));
        Assert.Equal(57.14, Value(both, "incoming-electronic-rate")); // 4 of 7
    }

    [Fact]
    public async Task Daily_facts_follow_vietnam_days_and_backlog_events()
    {
        await StatisticsDataSet.EnsureAsync(platform);
        async Task<long> Fact(string fact, string day) => await platform.ScalarAsync<long>(
            $"select coalesce(sum(value), 0) from statistics.daily_facts f join platform.tenants t on t.id = f.tenant_id where t.slug = '{StatisticsDataSet.Slug}' and fact = '{fact}' and day = '{day}'",
            role: "superuser");

        Assert.Equal(2, await Fact("documents.incoming.received", "2024-03-04"));  // A at 09:00 and B at 23:30 (16:30 UTC)
        Assert.Equal(1, await Fact("documents.incoming.received", "2024-03-05"));      // C only
        Assert.Equal(3, await Fact("documents.incoming.pending", "2024-03-04"));   // I A B
        Assert.Equal(0, await Fact("documents.incoming.overdue", "2024-03-01"));   // I is due on the 1st itself
        Assert.Equal(1, await Fact("documents.incoming.overdue", "2024-03-02"));   // I
        Assert.Equal(2, await Fact("documents.incoming.overdue", "2024-03-09"));   // B I
        Assert.Equal(2, await Fact("documents.incoming.overdue", "2024-03-11"));   // C I (B finished that day)
        Assert.Equal(1, await Fact("documents.incoming.finished_on_time", "2024-03-07"));
        Assert.Equal(0, await Fact("documents.incoming.finished_on_time", "2024-03-11"));
    }

    [Fact]
    public async Task Province_dashboard_drills_down_by_level_and_ranks_units()
    {
        await StatisticsDataSet.EnsureAsync(platform);
        using var admin = await platform.ClientForAsync("admin");
        var board = await (await admin.GetAsync("/api/v1/province-statistics/dashboard?from=2024-03&to=2024-03&level=commune")).ReadAsync();
        Assert.Equal("commune", board.GetProperty("level").GetString());
        var row = board.GetProperty("unitRows").EnumerateArray().Single(r => r.GetProperty("slug").GetString() == StatisticsDataSet.Slug);
        Assert.Equal(66.67, row.GetProperty("values").GetProperty("workfiles-online-rate").GetDouble());
        Assert.Contains(board.GetProperty("levels").EnumerateArray(), l => l.GetProperty("level").GetString() == "commune");
        var goal = board.GetProperty("goal").EnumerateArray().Single(g => g.GetProperty("levelGroup").GetString() == "commune-level");
        Assert.Equal(60, goal.GetProperty("target").GetDouble());
        Assert.DoesNotContain(goal.GetProperty("lagging").EnumerateArray(), l => l.GetProperty("slug").GetString() == StatisticsDataSet.Slug); // 66.67 ≥ 60

        var ranking = await (await admin.GetAsync("/api/v1/province-statistics/ranking/workfiles-online-rate?from=2024-03&to=2024-03")).ReadAsync();
        var mine = ranking.EnumerateArray().Single(r => r.GetProperty("slug").GetString() == StatisticsDataSet.Slug);
        Assert.Equal(66.67, mine.GetProperty("value").GetDouble());
        Assert.True(mine.GetProperty("rank").GetInt32() >= 1);

        using var bad = await admin.GetAsync("/api/v1/province-statistics/dashboard?from=2024-13");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
    }
}

using Saas.Platform.Statistics;
using Saas.Statistics.Catalogue;
using Saas.Statistics.Dashboards;

namespace Saas.IntegrationTests.Statistics;

/// <summary>One-stop and Decision 766 formulas on a hand-made fact bag (no one-stop module exists yet to feed them end to end).</summary>
public sealed class IndicatorFormulaTests
{
    private static FactBag OneStopMonth()
    {
        var b = new FactBag();
        b.Set("onestop.received", 200);
        b.Set("onestop.received#channel:1", 90);
        b.Set("onestop.received#channel:2", 100);
        b.Set("onestop.received#channel:3", 10);
        b.Set("onestop.finished", 160);
        b.Set("onestop.finished_early", 40);
        b.Set("onestop.finished_on_time", 100);
        b.Set("onestop.finished_late", 20);
        b.Set("onestop.processing_minutes", 160 * 3 * 1440);
        b.Set("onestop.supplemented", 16);
        b.Set("onestop.rated", 50);
        b.Set("onestop.rated_satisfied", 45);
        b.Set("onestop.complaints", 8);
        b.Set("onestop.pending_in_time", 30);
        b.Set("onestop.pending_overdue", 10);
        b.Set("onestop.synced_dvcqg", 180);
        b.Set("onestop.digitised", 120);
        return b;
    }

    [Fact]
    public void One_stop_indicators_match_hand_computation()
    {
        var v = Indicators.Values(OneStopMonth(), null);
        Assert.Equal(50, v["online-application-rate"]);       // 100 / 200
        Assert.Equal(25, v["early-rate"]);                    // 40 / 160
        Assert.Equal(87.5, v["on-time-rate"]);                // 140 / 160
        Assert.Equal(12.5, v["late-rate"]);                   // 20 / 160
        Assert.Equal(3, v["average-processing-days"]);
        Assert.Equal(10, v["supplement-rate"]);               // 16 / 160
        Assert.Equal(90, v["satisfaction-rate"]);             // 45 / 50
        Assert.Equal(90, v["766-1.4"]);                       // 180 / 200
        Assert.Equal(85, v["766-2.1"]);                       // (40 + 100 + 30) / (160 + 30 + 10)
        Assert.Equal(45, v["766-3.3"]);                       // 50% online × 90% synced
        Assert.Equal(82.5, v["766-5.4"]);                     // 100 − 12.5 − 5
        Assert.Equal(60, v["766-4.2"]);                       // 120 / 200
        Assert.Null(v["766-3.6"]);                            // no application with fees: no rate
    }

    [Fact]
    public void Group_scores_use_partial_points_below_the_threshold()
    {
        var bag = OneStopMonth();
        // Only the facts present are "supplied": 4.1 and 4.3 (no source for them) drop out instead of scoring 0.
        var scores = Decision766Groups.Score(Indicators.Values(bag, bag.Values.Keys.Select(k => k.Split('#')[0]).ToHashSet()));
        Assert.Equal(18 * 0.9, scores.Single(s => s.Number == "1").Points);             // 1.4 at 90%
        Assert.Equal(20 * 0.85, scores.Single(s => s.Number == "2").Points);            // 2.1 at 85%
        Assert.Equal(22 * 0.9, scores.Single(s => s.Number == "3").Points);             // 3.3: 45 / 50 threshold
        Assert.Equal(22 * 0.75, scores.Single(s => s.Number == "4").Points);            // 4.2: 60 / 80
        Assert.Equal(Math.Round(18 * 82.5 / 90, 2), scores.Single(s => s.Number == "5").Points);
        Assert.Equal(1, scores.Single(s => s.Number == "4").IndicatorsUsed);
    }

    [Fact]
    public void Goal_projection_extends_the_monthly_trend()
    {
        // 50% in January 2025 rising 2 points a month: 100% after 25 months, i.e. February 2027.
        var trend = Enumerable.Range(0, 12).Select(i => (new DateOnly(2025, 1, 1).AddMonths(i), (double?)(50 + 2 * i))).ToList();
        Assert.Equal(2027, GoalProgress.Project(trend));
        Assert.Null(GoalProgress.Project(trend.Select(t => (t.Item1, (double?)(80 - t.Item1.Month))).ToList())); // falling
        Assert.Null(GoalProgress.Project(trend.Take(2).ToList()));
    }

    [Fact]
    public void Stock_series_carries_levels_between_events()
    {
        var t = Guid.NewGuid();
        var d = new DateOnly(2024, 3, 1);
        var facts = StockSeries.Accumulate("x", [(t, d.AddDays(-3), 2), (t, d.AddDays(1), -1), (t, d.AddDays(3), -1)], d, d.AddDays(4)).ToList();
        Assert.Equal([2L, 1, 1], facts.Select(f => f.Value));
        Assert.Equal([d, d.AddDays(1), d.AddDays(2)], facts.Select(f => f.Day));
    }
}

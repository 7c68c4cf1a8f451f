using Saas.Platform.Statistics;
using Saas.Statistics.Catalogue;
using Saas.Statistics.Units;

namespace Saas.Statistics.Dashboards;

/// <summary>
/// Tenant and province dashboards from the monthly facts. Levels and the province are computed from summed
/// facts (a ratio of sums), so a big department weighs more than a small commune, as in the official reports.
/// </summary>
public sealed class DashboardService(StatisticsDb db, FactReader reader, UnitDirectory directory, GoalSettings goals, DashboardCache cache, TimeProvider clock)
{
    public Task<TenantDashboard> ForTenantAsync(Unit unit, MonthRange range, CancellationToken ct) =>
        cache.GetOrAddAsync($"t|{unit.Id}|{range.FromKey}|{range.ToKey}|{StatisticsDays.Today(clock)}", () => ComputeTenantAsync(unit, range, ct), ct);

    /// <param name="visible">Units the viewer may see; null = every unit (platform administrators).</param>
    public Task<ProvinceDashboard> ForProvinceAsync(IReadOnlySet<Guid>? visible, MonthRange range, string? level, CancellationToken ct) =>
        cache.GetOrAddAsync($"p|{ScopeKey(visible)}|{range.FromKey}|{range.ToKey}|{level}|{StatisticsDays.Today(clock)}",
            () => ComputeProvinceAsync(visible, range, level, ct), ct);

    private static string ScopeKey(IReadOnlySet<Guid>? visible) =>
        // A cryptographic digest: two viewers with different grants must never share an entry.
        visible is null ? "all" : Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.ASCII.GetBytes(string.Join(',', visible.Order()))));

    private async Task<TenantDashboard> ComputeTenantAsync(Unit unit, MonthRange range, CancellationToken ct)
    {
        var stocks = await reader.StocksAsync();
        var supplied = await reader.SuppliedAsync();
        Dictionary<Guid, SortedDictionary<DateOnly, FactBag>> data;
        // The tenant's own scope: row-level security would hide any other tenant's facts even if asked for.
        await using (var c = await db.ForTenantAsync(unit.Id, ct))
        {
            data = await FactReader.MonthlyAsync(c, [unit.Id], range.From, range.To, withDimensions: true, ct: ct);
        }
        var months = data.GetValueOrDefault(unit.Id) ?? [];
        var period = FactReader.Period(months, range.To, stocks);
        var values = Indicators.Values(period, supplied);
        var group = LevelGroups.Of(unit.Level);
        var goalYear = await goals.GoalYearAsync(ct);
        var trend = Trend(months, range, stocks, supplied, IndicatorCatalog.WorkFilesOnline);
        return new TenantDashboard(unit.Slug, unit.Name, unit.Level, range.FromKey, range.ToKey,
            Indicators.Evaluate(period, supplied), Decision766Groups.Score(values),
            Indicators.Headline.ToDictionary(code => code, code => (IReadOnlyList<TrendPoint>)Trend(months, range, stocks, supplied, code)
                .Select(t => new TrendPoint(Indicators.MonthKey(t.Month), t.Rate)).ToList()),
            GoalProgress.Build(group, values[IndicatorCatalog.WorkFilesOnline], goalYear, StatisticsDays.Today(clock), trend, []),
            Procedures(period));
    }

    private async Task<ProvinceDashboard> ComputeProvinceAsync(IReadOnlySet<Guid>? visible, MonthRange range, string? level, CancellationToken ct)
    {
        var stocks = await reader.StocksAsync();
        var supplied = await reader.SuppliedAsync();
        var units = (await directory.AllAsync(ct)).Where(u => visible is null || visible.Contains(u.Id)).ToList();
        Dictionary<Guid, SortedDictionary<DateOnly, FactBag>> data;
        await using (var c = await db.ForPlatformAsync(ct))
        {
            data = await FactReader.MonthlyAsync(c, visible is null ? null : units.Select(u => u.Id).ToList(), range.From, range.To, withDimensions: false, ct: ct);
        }
        var periods = units.ToDictionary(u => u.Id, u => FactReader.Period(data.GetValueOrDefault(u.Id) ?? [], range.To, stocks));
        var shown = units.Where(u => level is null || u.Level == level).ToList();
        var unitRows = shown.Select(u => new UnitRow(u.Slug, u.Name, u.Level, LevelGroups.Of(u.Level), Indicators.Values(periods[u.Id], supplied)))
            .OrderBy(r => r.Name, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false)).ToList();
        var total = Sum(shown.Select(u => periods[u.Id]));
        var levels = units.GroupBy(u => u.Level).OrderBy(g => Saas.Platform.MultiTenancy.TenantLevels.All.ToList().IndexOf(g.Key))
            .Select(g => new LevelRow(g.Key, g.Count(), Indicators.Values(Sum(g.Select(u => periods[u.Id])), supplied))).ToList();
        var rankings = Indicators.Headline.ToDictionary(code => code, code => Rank(unitRows, code));
        var goal = await GoalAsync(units, data, periods, range, supplied, ct);
        var monthlyTotals = Indicators.Months(range.From, range.To).ToDictionary(m => m,
            m => Sum(shown.Select(u => data.GetValueOrDefault(u.Id)?.GetValueOrDefault(m)).OfType<FactBag>()));
        var trends = Indicators.Headline.ToDictionary(code => code, code => (IReadOnlyList<TrendPoint>)monthlyTotals
            .Select(kv => new TrendPoint(Indicators.MonthKey(kv.Key), Indicators.Compute(IndicatorCatalog.Find(code)!, kv.Value, supplied))).ToList());
        return new ProvinceDashboard(range.FromKey, range.ToKey, level, shown.Count, Indicators.Evaluate(total, supplied),
            Decision766Groups.Score(Indicators.Values(total, supplied)), levels, unitRows, rankings, goal, trends);
    }

    public static IReadOnlyList<RankRow> Rank(IReadOnlyList<UnitRow> rows, string code)
    {
        var def = IndicatorCatalog.Find(code)!;
        var valued = rows.Where(r => r.Values.GetValueOrDefault(code) is not null).Select(r => (Row: r, Value: r.Values[code]!.Value));
        var ordered = (def.HigherIsBetter ? valued.OrderByDescending(x => x.Value) : valued.OrderBy(x => x.Value)).ThenBy(x => x.Row.Slug, StringComparer.Ordinal).ToList();
        var result = new List<RankRow>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            // Equal values share a rank (1, 2, 2, 4), as in published rankings.
            var rank = i > 0 && ordered[i].Value == ordered[i - 1].Value ? result[i - 1].Rank : i + 1;
            result.Add(new RankRow(rank, ordered[i].Row.Slug, ordered[i].Row.Name, ordered[i].Row.Level, ordered[i].Value));
        }
        return result;
    }

    private async Task<IReadOnlyList<GoalProgress>> GoalAsync(List<Unit> units, Dictionary<Guid, SortedDictionary<DateOnly, FactBag>> data,
        Dictionary<Guid, FactBag> periods, MonthRange range, IReadOnlySet<string> supplied, CancellationToken ct)
    {
        var goalYear = await goals.GoalYearAsync(ct);
        var today = StatisticsDays.Today(clock);
        var online = IndicatorCatalog.Find(IndicatorCatalog.WorkFilesOnline)!;
        var list = new List<GoalProgress>();
        foreach (var group in LevelGroups.All)
        {
            var members = units.Where(u => LevelGroups.Of(u.Level) == group).ToList();
            if (members.Count == 0)
            {
                continue;
            }
            var trend = Indicators.Months(range.From, range.To)
                .Select(m => (m, Indicators.Compute(online, Sum(members.Select(u => data.GetValueOrDefault(u.Id)?.GetValueOrDefault(m)).OfType<FactBag>()), supplied)))
                .ToList();
            var lagging = members.Select(u => new LaggingUnit(u.Slug, u.Name, Indicators.Compute(online, periods[u.Id], supplied)))
                .Where(l => l.Value is null || l.Value < LevelGroups.Target(group))
                .OrderBy(l => l.Value ?? -1).ThenBy(l => l.Slug, StringComparer.Ordinal).ToList();
            list.Add(GoalProgress.Build(group, Indicators.Compute(online, Sum(members.Select(u => periods[u.Id])), supplied), goalYear, today, trend, lagging));
        }
        return list;
    }

    private static List<(DateOnly Month, double? Rate)> Trend(SortedDictionary<DateOnly, FactBag> months, MonthRange range, IReadOnlySet<string> stocks,
        IReadOnlySet<string> supplied, string code)
    {
        var def = IndicatorCatalog.Find(code)!;
        return Indicators.Months(range.From, range.To)
            .Select(m => (m, Indicators.Compute(def, months.TryGetValue(m, out var bag) ? FactReader.Period([new(m, bag)], m, stocks) : new FactBag(), supplied)))
            .ToList();
    }

    private static FactBag Sum(IEnumerable<FactBag> bags)
    {
        var total = new FactBag();
        foreach (var bag in bags)
        {
            total.AddAll(bag);
        }
        return total;
    }

    private static List<ProcedureRow> Procedures(FactBag period)
    {
        var f = OneStopFacts.Instance;
        const string prefix = "#procedure:";
        return period.Values.Keys.Where(k => k.Contains(prefix, StringComparison.Ordinal))
            .Select(k => k[(k.IndexOf(prefix, StringComparison.Ordinal) + prefix.Length)..]).Distinct().Order(StringComparer.Ordinal)
            .Select(p => new ProcedureRow(p, period[$"{f.Received}{prefix}{p}"], period[$"{f.Finished}{prefix}{p}"], period[$"{f.Early}{prefix}{p}"],
                period[$"{f.OnTime}{prefix}{p}"], period[$"{f.Late}{prefix}{p}"]))
            .ToList();
    }
}

using Saas.Statistics.Catalogue;

namespace Saas.Statistics.Dashboards;

public sealed record ProcedureRow(string Procedure, long Received, long Finished, long Early, long OnTime, long Late);

public sealed record TenantDashboard(
    string Tenant, string Name, string Level, string From, string To,
    IReadOnlyList<IndicatorValue> Indicators,
    IReadOnlyList<Decision766Groups.GroupScore> Decision766,
    IReadOnlyDictionary<string, IReadOnlyList<TrendPoint>> Trends,
    GoalProgress Goal,
    IReadOnlyList<ProcedureRow> Procedures);

public sealed record UnitRow(string Slug, string Name, string Level, string LevelGroup, IReadOnlyDictionary<string, double?> Values);

public sealed record LevelRow(string Level, int Units, IReadOnlyDictionary<string, double?> Values);

public sealed record RankRow(int Rank, string Slug, string Name, string Level, double Value);

public sealed record ProvinceDashboard(
    string From, string To, string? Level, int Units,
    IReadOnlyList<IndicatorValue> Total,
    IReadOnlyList<Decision766Groups.GroupScore> Decision766,
    IReadOnlyList<LevelRow> Levels,
    IReadOnlyList<UnitRow> UnitRows,
    IReadOnlyDictionary<string, IReadOnlyList<RankRow>> Rankings,
    IReadOnlyList<GoalProgress> Goal,
    IReadOnlyDictionary<string, IReadOnlyList<TrendPoint>> Trends);

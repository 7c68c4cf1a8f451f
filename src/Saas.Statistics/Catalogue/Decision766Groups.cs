namespace Saas.Statistics.Catalogue;

/// <summary>
/// QĐ 766 group scores (100 points in five groups) estimated from the indicators the platform can compute. The
/// points of each sub-indicator inside a group are not in the sources we hold, so a group's score is its maximum
/// × the mean achievement (min(1, rate / threshold)) of its computable indicators, and says how many of the
/// group's indicators it rests on. It is a lead indicator for the province, not the official DVCQG score.
/// </summary>
public static class Decision766Groups
{
    public sealed record Group(string Number, string NameVi, string NameEn, int MaxPoints, IReadOnlyList<string> Indicators, IReadOnlyList<string> NotComputable);

    public sealed record GroupScore(string Number, string NameVi, string NameEn, int MaxPoints, double? Points, int IndicatorsUsed, int IndicatorsTotal);

    public static readonly IReadOnlyList<Group> All =
    [
        new("1", "Công khai, minh bạch", "Publicity and transparency", 18, ["766-1.4"], ["1.1", "1.2", "1.3"]),
        new("2", "Tiến độ, kết quả giải quyết", "Timeliness and results", 20, ["766-2.1"], ["2.2 (điểm)"]),
        new("3", "Cung cấp dịch vụ trực tuyến", "Online services", 22, ["766-3.1", "766-3.3", "766-3.5", "766-3.6"], []),
        new("4", "Số hóa hồ sơ", "Digitisation", 22, ["766-4.1", "766-4.2", "766-4.3"], ["4.4", "4.5"]),
        new("5", "Mức độ hài lòng", "Satisfaction", 18, ["766-5.4"], ["5.1", "5.2", "5.3"]),
    ];

    public static IReadOnlyList<GroupScore> Score(IReadOnlyDictionary<string, double?> values) =>
        All.Select(g =>
        {
            var achieved = g.Indicators
                .Select(code => (Value: values.GetValueOrDefault(code), Def: IndicatorCatalog.Find(code)!))
                .Where(x => x.Value is not null)
                .Select(x => Math.Min(1.0, x.Value!.Value / (x.Def.Threshold ?? 100.0)))
                .ToList();
            double? points = achieved.Count == 0 ? null : Math.Round(g.MaxPoints * achieved.Average(), 2);
            return new GroupScore(g.Number, g.NameVi, g.NameEn, g.MaxPoints, points, achieved.Count, g.Indicators.Count + g.NotComputable.Count);
        }).ToList();
}

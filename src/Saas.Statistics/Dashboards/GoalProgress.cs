using Saas.Statistics.Catalogue;

namespace Saas.Statistics.Dashboards;

public sealed record LaggingUnit(string Slug, string Name, double? Value);

/// <summary>
/// Progress of one level toward 100% of work files processed online: the QĐ 749 target of the level, the current
/// rate, and the year in which 100% is reached if the monthly trend of the period continues (least squares).
/// </summary>
public sealed record GoalProgress(
    string LevelGroup, string NameVi, string NameEn, double Target, double? Current, int GoalYear, int? ProjectedYear, bool? OnTrack,
    double? RequiredGainPerYear, IReadOnlyList<TrendPoint> Trend, IReadOnlyList<LaggingUnit> Lagging)
{
    public static GoalProgress Build(string group, double? current, int goalYear, DateOnly today, IReadOnlyList<(DateOnly Month, double? Rate)> trend,
        IReadOnlyList<LaggingUnit> lagging)
    {
        var projected = Project(trend);
        var yearsLeft = goalYear - today.Year;
        double? gain = current is null ? null : current >= 100 ? 0 : yearsLeft <= 0 ? null : Math.Round((100 - current.Value) / yearsLeft, 2);
        return new GoalProgress(group, LevelGroups.NameVi(group), LevelGroups.NameEn(group), LevelGroups.Target(group), current, goalYear,
            projected, projected is null ? (current >= 100 ? true : null) : projected <= goalYear, gain,
            trend.Select(t => new TrendPoint(Indicators.MonthKey(t.Month), t.Rate)).ToList(), lagging);
    }

    /// <summary>Year in which the fitted line reaches 100%; null with fewer than 3 points or a flat/falling trend.</summary>
    public static int? Project(IReadOnlyList<(DateOnly Month, double? Rate)> trend)
    {
        var points = trend.Where(t => t.Rate is not null).Select(t => (X: (double)(t.Month.Year * 12 + t.Month.Month - 1), Y: t.Rate!.Value)).ToList();
        if (points.Count < 3)
        {
            return null;
        }
        var mx = points.Average(p => p.X);
        var my = points.Average(p => p.Y);
        var sxx = points.Sum(p => (p.X - mx) * (p.X - mx));
        if (sxx == 0)
        {
            return null;
        }
        var slope = points.Sum(p => (p.X - mx) * (p.Y - my)) / sxx;
        var lastX = points.Max(p => p.X);
        var fittedLast = my + slope * (lastX - mx);
        if (fittedLast >= 100)
        {
            return (int)(lastX / 12);
        }
        if (slope <= 0)
        {
            return null;
        }
        var reachX = lastX + (100 - fittedLast) / slope;
        return reachX > 2200 * 12 ? null : (int)Math.Floor(reachX / 12);
    }
}

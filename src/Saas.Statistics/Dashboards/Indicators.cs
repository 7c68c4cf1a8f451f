using Saas.Statistics.Catalogue;

namespace Saas.Statistics.Dashboards;

public sealed record IndicatorValue(string Code, string Group, string NameVi, string NameEn, string Unit, bool HigherIsBetter, double? Value, string? Decision766);

public sealed record TrendPoint(string Month, double? Value);

/// <summary>Evaluates the catalogue on a bag of facts.</summary>
public static class Indicators
{
    /// <summary>Indicators drawn as trends and ranked on the province dashboard.</summary>
    public static readonly IReadOnlyList<string> Headline =
    [
        IndicatorCatalog.WorkFilesOnline, "incoming-electronic-rate", "outgoing-signed-rate", "incoming-on-time-rate", "incoming-overdue",
        "online-application-rate", "on-time-rate", "766-2.1",
    ];

    public static IReadOnlyList<IndicatorValue> Evaluate(FactBag bag, IReadOnlySet<string>? supplied) =>
        IndicatorCatalog.All.Select(i => new IndicatorValue(i.Code, i.Group, i.NameVi, i.NameEn, UnitName(i.Unit), i.HigherIsBetter, Compute(i, bag, supplied), i.Decision766))
            .ToList();

    public static Dictionary<string, double?> Values(FactBag bag, IReadOnlySet<string>? supplied) =>
        IndicatorCatalog.All.ToDictionary(i => i.Code, i => Compute(i, bag, supplied));

    /// <summary>
    /// Null when a fact the indicator needs is supplied by no registered source (e.g. one-stop facts before that
    /// module exists): zero rows are not stored, so "not supplied" must not read as 0%.
    /// </summary>
    public static double? Compute(IndicatorDefinition def, FactBag bag, IReadOnlySet<string>? supplied) =>
        supplied is not null && def.Facts.Any(f => !supplied.Contains(f)) ? null : def.Compute(bag);

    public static string UnitName(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Percent => "percent",
        IndicatorUnit.Days => "days",
        _ => "count",
    };

    public static string MonthKey(DateOnly month) => month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    public static IEnumerable<DateOnly> Months(DateOnly from, DateOnly to)
    {
        for (var m = from; m <= to; m = m.AddMonths(1))
        {
            yield return m;
        }
    }
}

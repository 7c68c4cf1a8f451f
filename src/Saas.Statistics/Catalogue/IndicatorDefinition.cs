namespace Saas.Statistics.Catalogue;

public enum IndicatorUnit
{
    Percent,
    Count,
    Days,
}

/// <summary>
/// One indicator of the catalogue. <see cref="Compute"/> is a pure function of a period's facts, so the same
/// definition serves a tenant, a level, the province (bags summed first: ratios of sums, never averages of ratios)
/// and the Excel exports. Formulas in words: docs/indicators.md.
/// </summary>
public sealed record IndicatorDefinition(
    string Code,
    string Group,
    string NameVi,
    string NameEn,
    string Formula,
    IndicatorUnit Unit,
    bool HigherIsBetter,
    IReadOnlyList<string> Facts,
    Func<FactBag, double?> Compute)
{
    /// <summary>QĐ 766/QĐ-TTg indicator number (e.g. "2.1") when this is one of its indicators.</summary>
    public string? Decision766 { get; init; }

    /// <summary>QĐ 766 threshold for the full score (percent); below it points = rate × max / threshold.</summary>
    public double? Threshold { get; init; }
}

public static class IndicatorGroups
{
    public const string EOffice = "e-office";
    public const string OneStop = "one-stop";
    public const string Decision766 = "decision-766";
}

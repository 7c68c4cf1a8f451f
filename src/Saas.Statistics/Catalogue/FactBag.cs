namespace Saas.Statistics.Catalogue;

/// <summary>
/// Fact totals of one unit (or a sum of units) over one period: flow facts summed, stock facts taken at the
/// period's end. Keys are fact names, or "fact#dimension" for a breakdown ("onestop.received#channel:2").
/// </summary>
public sealed class FactBag
{
    private readonly Dictionary<string, long> _values = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, long> Values => _values;

    public static string Key(string fact, string dim) => dim.Length == 0 ? fact : $"{fact}#{dim}";

    public long this[string key] => _values.GetValueOrDefault(key);

    public bool Has(string key) => _values.ContainsKey(key);

    public void Add(string key, long value) => _values[key] = _values.GetValueOrDefault(key) + value;

    public void Set(string key, long value) => _values[key] = value;

    public void AddAll(FactBag other)
    {
        foreach (var (k, v) in other._values)
        {
            Add(k, v);
        }
    }

    /// <summary>Percentage, or null when the denominator is zero (an empty period has no rate, not 0%).</summary>
    public double? Percent(long numerator, long denominator) =>
        denominator == 0 ? null : Math.Round(100.0 * numerator / denominator, 2);
}

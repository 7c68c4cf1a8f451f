namespace Saas.Platform.Demo;

/// <summary>What the <c>seed-demo</c> verb was asked for, shared by every module's seeder.</summary>
/// <param name="Options">The verb's options (<c>--documents</c>, <c>--tenants</c>, …) by name, as given.</param>
/// <param name="Items">Values one seeder leaves for a later one (e.g. the documents a work file may link), by key.</param>
public sealed record DemoSeedContext(IReadOnlyDictionary<string, string> Options, IDictionary<string, object> Items)
{
    public int Int(string name, int fallback) =>
        Options.TryGetValue(name, out var v) && int.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var i) ? i : fallback;
}

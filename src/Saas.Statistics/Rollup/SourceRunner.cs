using Microsoft.Extensions.DependencyInjection;
using Saas.Platform.MultiTenancy;
using Saas.Platform.Statistics;

namespace Saas.Statistics.Rollup;

/// <summary>
/// Runs the modules' fact sources in the explicit platform scope of one database (the shared one, or a placement
/// database); the scope only ever reads.
/// </summary>
public sealed class SourceRunner(ITenantScopeFactory scopes)
{
    public async Task<T> InDatabaseAsync<T>(string? placement,
        Func<IReadOnlyList<IIndicatorFactSource>, Task<T>> work)
    {
        await using var scope = scopes.CreatePlatformScope(placement);
        return await work(scope.ServiceProvider.GetServices<IIndicatorFactSource>().ToList());
    }

    /// <summary>Names of the registered sources and of their stock facts (stocks aggregate differently over months).</summary>
    public async Task<(IReadOnlyList<string> Sources, IReadOnlyList<string> Stocks)> DescribeAsync()
    {
        var (sources, stocks, _) = await DescribeAllAsync();
        return (sources, stocks);
    }

    /// <summary>…and every fact name some registered source supplies (indicators needing others are "not available", not 0).</summary>
    public async Task<(IReadOnlyList<string> Sources, IReadOnlyList<string> Stocks, IReadOnlySet<string> Supplied)> DescribeAllAsync()
    {
        await using var scope = scopes.CreatePlatformScope();
        var sources = scope.ServiceProvider.GetServices<IIndicatorFactSource>().ToList();
        var stocks = sources.SelectMany(s => s.Facts).Where(f => f.Kind == FactKind.Stock).Select(f => f.Name)
            .Concat(Catalogue.OneStopFacts.Instance.Stocks).Distinct().ToList();
        return (sources.Select(s => s.Name).ToList(), stocks, sources.SelectMany(s => s.Facts).Select(f => f.Name).ToHashSet(StringComparer.Ordinal));
    }

    public static async Task<List<SourcedFact>> ComputeAllAsync(IReadOnlyList<IIndicatorFactSource> sources, FactRequest request, CancellationToken ct)
    {
        var facts = new List<SourcedFact>();
        foreach (var source in sources)
        {
            foreach (var f in await source.ComputeAsync(request, ct))
            {
                facts.Add(new SourcedFact(source.Name, f));
            }
        }
        return facts;
    }
}

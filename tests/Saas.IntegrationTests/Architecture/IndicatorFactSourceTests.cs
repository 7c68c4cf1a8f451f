using Microsoft.Extensions.DependencyInjection;
using Saas.IntegrationTests.Infrastructure;
using Saas.Platform.MultiTenancy;
using Saas.Platform.Statistics;
using Saas.Statistics.Catalogue;

namespace Saas.IntegrationTests.Architecture;

/// <summary>
/// Every fact an indicator of the statistics catalogue uses is produced by an <see cref="IIndicatorFactSource"/> the
/// host registers, so an indicator cannot silently read zero because a fact was renamed or its source never registered.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class IndicatorFactSourceTests(PlatformFixture platform)
{
    /// <summary>
    /// Facts of Decision 766 indicators that no module can count yet; their indicators drop out of the group scores
    /// ("not supplied") instead of scoring 0. Remove a line when a source starts producing the fact (the test says so).
    /// </summary>
    private static readonly Dictionary<string, string> NotYetProduced = new(StringComparer.Ordinal)
    {
        ["onestop.synced_dvcqg"] = "needs the national public-service portal (DVCQG) synchronisation, not built",
        ["onestop.with_fees"] = "needs fees on procedures and applications, not modelled",
        ["onestop.paid_online"] = "needs online payment, not built",
        ["onestop.procedures_payment"] = "needs online payment on procedures, not modelled",
        ["onestop.reused_data"] = "needs re-use of digitised results across applications, not built",
    };

    [Fact]
    public async Task every_indicator_fact_has_a_source()
    {
        await using var scope = platform.Services.Services.GetRequiredService<ITenantScopeFactory>().CreatePlatformScope();
        var sources = scope.ServiceProvider.GetServices<IIndicatorFactSource>().ToList();
        var produced = sources.SelectMany(s => s.Facts.Select(f => f.Name)).ToHashSet(StringComparer.Ordinal);
        var used = IndicatorCatalog.All.SelectMany(i => i.Facts.Select(f => (Fact: f, Indicator: i.Code))).ToList();

        var missing = used.Where(u => !produced.Contains(u.Fact) && !NotYetProduced.ContainsKey(u.Fact))
            .GroupBy(u => u.Fact).Select(g => $"{g.Key} (used by {string.Join(", ", g.Select(u => u.Indicator).Distinct())})").ToList();
        Assert.True(missing.Count == 0, $"Facts without a registered source ({string.Join(", ", sources.Select(s => s.Name))}):\n{string.Join('\n', missing)}");

        var nowProduced = NotYetProduced.Keys.Where(produced.Contains).ToList();
        Assert.True(nowProduced.Count == 0, $"Now produced, remove from {nameof(NotYetProduced)}: {string.Join(", ", nowProduced)}");
        Assert.All(NotYetProduced.Keys, f => Assert.Contains(used, u => u.Fact == f));
        Assert.Contains(sources, s => s.Name == "documents");
        Assert.Contains(sources, s => s.Name == "onestop");
        Assert.Contains(sources, s => s.Name == "workfiles");
    }

    /// <summary>A source's facts carry its name as prefix ("documents" → "documents.incoming.received"), so a fact has one owner.</summary>
    [Fact]
    public async Task every_fact_is_named_after_its_source()
    {
        await using var scope = platform.Services.Services.GetRequiredService<ITenantScopeFactory>().CreatePlatformScope();
        var wrong = scope.ServiceProvider.GetServices<IIndicatorFactSource>()
            .SelectMany(s => s.Facts.Where(f => !f.Name.StartsWith(s.Name + ".", StringComparison.Ordinal)).Select(f => $"{s.Name}: {f.Name}")).ToList();
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }
}

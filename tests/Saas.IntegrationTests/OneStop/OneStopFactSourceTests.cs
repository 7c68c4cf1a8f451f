using Microsoft.Extensions.DependencyInjection;
using Saas.IntegrationTests.Infrastructure;
using Saas.Platform.MultiTenancy;
using Saas.Platform.Statistics;
using Saas.Tenancy.Catalog;
using static Saas.IntegrationTests.OneStop.OneStopApi;

namespace Saas.IntegrationTests.OneStop;

/// <summary>The one-stop facts the statistics module counts move exactly with the applications received.</summary>
[Collection(PlatformCollection.Name)]
public sealed class OneStopFactSourceTests(PlatformFixture platform)
{
    private async Task<Dictionary<(string, string), long>> FactsTodayAsync()
    {
        var info = (await platform.Services.Services.GetRequiredService<ITenantCatalog>().FindBySlugAsync(Commune))!;
        var today = StatisticsDays.Today(TimeProvider.System);
        await using var scope = platform.Services.Services.GetRequiredService<ITenantScopeFactory>().CreatePlatformScope();
        var source = scope.ServiceProvider.GetServices<IIndicatorFactSource>().Single(s => s.Name == "onestop");
        var facts = await source.ComputeAsync(new FactRequest([info.Id], today, today), default);
        return facts.GroupBy(f => (f.Fact, f.Dimension)).ToDictionary(g => g.Key, g => g.Sum(f => f.Value));
    }

    [Fact]
    public async Task Receiving_at_the_counter_adds_exactly_one_direct_receipt_and_one_pending_application()
    {
        var before = await FactsTodayAsync();
        using var counter = await platform.ClientForAsync("motcua.hacthanh", Commune);
        await ReceiveAtCounterAsync(counter, LocalProcedure, "Người nộp thống kê");
        var after = await FactsTodayAsync();

        long Delta(string fact, string dim = "") => after.GetValueOrDefault((fact, dim)) - before.GetValueOrDefault((fact, dim));
        Assert.Equal(1, Delta("onestop.received"));
        Assert.Equal(1, Delta("onestop.received", "channel:1"));
        Assert.Equal(0, Delta("onestop.received", "channel:2"));
        Assert.Equal(1, Delta("onestop.received", $"procedure:{LocalProcedure}"));
        Assert.Equal(1, Delta("onestop.pending_in_time"));
        Assert.Equal(0, Delta("onestop.finished"));
    }
}

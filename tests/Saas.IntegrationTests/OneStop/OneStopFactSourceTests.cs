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

    [Fact]
    public async Task An_electronic_result_and_a_poor_rating_move_the_result_digitisation_and_complaint_facts()
    {
        using var counter = await platform.ClientForAsync("motcua.hacthanh", Commune);
        using var leader = await platform.ClientForAsync("lanhdao.hacthanh", Commune);
        using var anonymous = platform.Anonymous();
        var fields = Applicant(LocalProcedure, "Người nộp kết quả điện tử");
        fields["papers"] = "to-khai";
        string id, code;
        using (var form = DocumentApi.Form(fields, ("paper.to-khai", "to-khai.pdf", DocumentApi.Pdf("to-khai-dien-tu"))))
        using (var received = await counter.PostAsync("/api/v1/onestop/applications", form))
        {
            var body = await received.ReadAsync();
            id = body.GetProperty("id").GetString()!;
            code = body.GetProperty("code").GetString()!;
        }
        await PostAsync(counter, $"/api/v1/onestop/applications/{id}/forward");
        await PostAsync(leader, $"/api/v1/onestop/applications/{id}/forward");
        var before = await FactsTodayAsync();
        using (var form = DocumentApi.Form(new Dictionary<string, string?> { ["note"] = "Đã cấp giấy xác nhận" }, ("files", "giay-xac-nhan.pdf", DocumentApi.Pdf("ket-qua"))))
        using (var done = await leader.PostAsync($"/api/v1/onestop/applications/{id}/complete", form))
        {
            Assert.True(done.IsSuccessStatusCode, await done.Content.ReadAsStringAsync());
        }
        await PostAsync(counter, $"/api/v1/onestop/applications/{id}/return", new { receivedBy = "Người nộp kết quả điện tử" });
        await PostAsync(anonymous, "/api/v1/public/onestop/rating", new { code, factor = "0912345678", scores = new Dictionary<string, int> { ["overall"] = 1 } });
        var after = await FactsTodayAsync();

        long Delta(string fact) => after.GetValueOrDefault((fact, "")) - before.GetValueOrDefault((fact, ""));
        Assert.Equal(1, Delta("onestop.finished"));
        Assert.Equal(1, Delta("onestop.result_required"));
        Assert.Equal(1, Delta("onestop.electronic_result"));
        Assert.Equal(1, Delta("onestop.digitised"));
        Assert.Equal(1, Delta("onestop.complaints"));
        Assert.Equal(1, Delta("onestop.rated"));
        Assert.Equal(0, Delta("onestop.rated_satisfied"));
        var active = await platform.ScalarAsync<long>(
            $"select count(*) from onestop.procedures p join platform.tenants t on t.id = p.tenant_id where t.slug = '{Commune}' and p.active", "superuser");
        Assert.Equal(active, after[("onestop.procedures", "")]);
        Assert.True(after[("onestop.procedures_online", "")] is > 0 and var online && online <= active);
    }
}

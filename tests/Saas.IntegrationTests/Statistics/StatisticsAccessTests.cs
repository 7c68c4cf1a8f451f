using System.Net;
using System.Net.Http.Json;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Statistics;

/// <summary>Tenant users see only their tenant; observers only the subtree they were granted; nobody else anything.</summary>
[Collection(PlatformCollection.Name)]
public sealed class StatisticsAccessTests(PlatformFixture platform)
{
    [Fact]
    public async Task Tenant_dashboard_is_refused_for_another_tenant()
    {
        using var own = await platform.ClientForAsync("vanthu.ubnd", "ubnd-tinh");
        using var ok = await own.GetAsync("/api/v1/statistics/dashboard");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("ubnd-tinh", (await ok.ReadAsync()).GetProperty("tenant").GetString());

        using var other = await platform.ClientForAsync("vanthu.ubnd", "so-tai-chinh");
        using var refused = await other.GetAsync("/api/v1/statistics/dashboard");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var export = await other.PostAsJsonAsync("/api/v1/statistics/exports", new { from = "2024-03-01", to = "2024-03-31" });
        Assert.Equal(HttpStatusCode.Forbidden, export.StatusCode);
        using var report = await other.GetAsync("/api/v1/statistics/reports/2024-03.xlsx");
        Assert.Equal(HttpStatusCode.Forbidden, report.StatusCode);
        using var anonymous = platform.Anonymous();
        using var none = await anonymous.GetAsync("/api/v1/province-statistics/dashboard");
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
    }

    [Fact]
    public async Task Clerks_and_ungranted_observers_see_nothing_province_wide()
    {
        using var clerk = await platform.ClientForAsync("vanthu.ubnd");
        using (var r = await clerk.GetAsync("/api/v1/province-statistics/dashboard"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
            Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        }
        using (var r = await clerk.GetAsync("/api/v1/platform/statistics/observer-grants"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        }
        using (var r = await clerk.PostAsJsonAsync("/api/v1/platform/statistics/rollups", new { kind = "full" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        }
        using var observer = await platform.ClientForAsync("quansat.tinh");
        using (var r = await observer.GetAsync("/api/v1/province-statistics/dashboard"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode); // the realm role alone grants nothing
        }
    }

    [Fact]
    public async Task Observer_sees_exactly_the_granted_subtree_until_revoked()
    {
        await StatisticsDataSet.EnsureAsync(platform);
        using var admin = await platform.ClientForAsync("admin");
        await DocumentApi.PostJsonAsync(admin, "/api/v1/platform/statistics/observer-grants", new { userName = "quansat.tinh", root = StatisticsDataSet.Slug });
        try
        {
            using var observer = await platform.ClientForAsync("quansat.tinh");
            var board = await (await observer.GetAsync("/api/v1/province-statistics/dashboard?from=2024-03&to=2024-03")).ReadAsync();
            Assert.Equal(1, board.GetProperty("units").GetInt32());
            Assert.Equal([StatisticsDataSet.Slug], board.GetProperty("unitRows").EnumerateArray().Select(r => r.GetProperty("slug").GetString()));

            using (var mine = await observer.GetAsync($"/api/v1/province-statistics/units/{StatisticsDataSet.Slug}?from=2024-03&to=2024-03"))
            {
                Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
            }
            using (var outside = await observer.GetAsync("/api/v1/province-statistics/units/so-tai-chinh"))
            {
                Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);
            }
            var ranking = await (await observer.GetAsync("/api/v1/province-statistics/ranking/incoming-received?from=2024-03&to=2024-03")).ReadAsync();
            Assert.All(ranking.EnumerateArray(), r => Assert.Equal(StatisticsDataSet.Slug, r.GetProperty("slug").GetString()));
            using (var monthly = await observer.GetAsync("/api/v1/province-statistics/reports"))
            {
                Assert.Equal(HttpStatusCode.Forbidden, monthly.StatusCode); // the province-wide report covers units outside the grant
            }
        }
        finally
        {
            using var revoked = await admin.DeleteAsync($"/api/v1/platform/statistics/observer-grants/quansat.tinh/{StatisticsDataSet.Slug}");
            Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        }
        using var after = await platform.ClientForAsync("quansat.tinh");
        using var gone = await after.GetAsync("/api/v1/province-statistics/dashboard");
        Assert.Equal(HttpStatusCode.Forbidden, gone.StatusCode);
    }

    [Fact]
    public async Task Facts_of_one_tenant_are_invisible_in_another_tenants_scope()
    {
        await StatisticsDataSet.EnsureAsync(platform);
        // Row-level security, not only the API, keeps the commune's facts from another tenant's transaction.
        await using var conn = platform.OpenAs("app");
        await using var cmd = new Npgsql.NpgsqlCommand(
            $"""
            begin;
            select set_config('app.tenant_id', (select id::text from platform.tenants where slug = 'so-tai-chinh'), true), set_config('app.platform_scope', 'off', true);
            select count(*) from statistics.daily_facts f where f.tenant_id = (select id from platform.tenants where slug = '{StatisticsDataSet.Slug}');
            """, conn);
        await using var r = await cmd.ExecuteReaderAsync();
        await r.NextResultAsync();
        Assert.True(await r.ReadAsync());
        Assert.Equal(0L, r.GetInt64(0));
    }

    [Fact]
    public async Task Exports_belong_to_their_requester()
    {
        await StatisticsDataSet.EnsureAsync(platform);
        using var admin = await platform.ClientForAsync("admin");
        var queued = await DocumentApi.PostJsonAsync(admin, "/api/v1/province-statistics/exports", new { from = "2024-03-01", to = "2024-03-31" }, HttpStatusCode.Accepted);
        var id = queued.GetProperty("id").GetString();
        using var clerk = await platform.ClientForAsync("vanthu.ubnd");
        using var stolen = await clerk.GetAsync($"/api/v1/province-statistics/exports/{id}");
        Assert.Equal(HttpStatusCode.NotFound, stolen.StatusCode);
    }
}

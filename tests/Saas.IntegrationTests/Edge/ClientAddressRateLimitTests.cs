using System.Net;
using System.Net.Http.Json;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Edge;

/// <summary>
/// Issue 10 item 7: the public one-stop limits count per real client — the address nginx forwards, never one a client
/// claims — and in Redis, so all nodes share one budget; with Redis unreachable each node still limits on its own.
/// Every client here connects from its own loopback address, so the budgets of different tests never mix.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ClientAddressRateLimitTests
{
    private const int Allowance = 3;

    private static string[] Limits(int lookups = Allowance) =>
        ["--OneStop:PublicLimits:LookupsPerMinute", lookups.ToString(System.Globalization.CultureInfo.InvariantCulture)];

    [Fact]
    public async Task Behind_nginx_each_forwarded_client_has_its_own_budget_and_a_spoofed_header_changes_nothing()
    {
        await using var host = await HostProcess.StartAsync("edge", TestEnvironment.EdgeAppPort, TlsProxyTests.EdgeHostArgs(Limits()));
        using var first = EdgeClient.Through(EdgeClient.ProxyUrl, "127.0.0.3");
        using var second = EdgeClient.Through(EdgeClient.ProxyUrl, "127.0.0.4");

        for (var i = 0; i < Allowance; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, await LookupAsync(first, spoof: $"10.0.0.{i + 1}"));
        }
        // The header the client sent itself is kept by nginx but ignored: the host reads only the entry nginx appended.
        Assert.Equal(HttpStatusCode.TooManyRequests, await LookupAsync(first, spoof: "10.9.9.9"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await LookupAsync(first));

        // Another citizen behind the same proxy is not affected.
        Assert.Equal(HttpStatusCode.NotFound, await LookupAsync(second));
    }

    [Fact]
    public async Task A_forwarded_header_sent_straight_to_the_host_by_an_unconfigured_proxy_is_ignored()
    {
        await using var host = await HostProcess.StartAsync("edge", TestEnvironment.EdgeAppPort, TlsProxyTests.EdgeHostArgs(Limits()));
        using var direct = EdgeClient.Through(host.BaseUrl.Replace("localhost", "127.0.0.1", StringComparison.Ordinal), "127.0.0.5");

        for (var i = 0; i < Allowance; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, await LookupAsync(direct, spoof: $"10.1.0.{i + 1}"));
        }
        // Were X-Forwarded-For believed, every new value would be a new budget.
        Assert.Equal(HttpStatusCode.TooManyRequests, await LookupAsync(direct, spoof: "10.1.0.99"));
    }

    [Fact]
    public async Task Two_nodes_share_one_budget_through_redis()
    {
        await using var nodeA = await HostProcess.StartAsync("edge", TestEnvironment.EdgeAppPort, TlsProxyTests.EdgeHostArgs(Limits()));
        await using var nodeB = await HostProcess.StartAsync("edge-b", 18161, TlsProxyTests.EdgeHostArgs(Limits()));
        using var viaA = EdgeClient.Through(EdgeClient.ProxyUrl, "127.0.0.6");
        using var atB = EdgeClient.Through("http://127.0.0.1:18161", "127.0.0.6");

        Assert.Equal(HttpStatusCode.NotFound, await LookupAsync(viaA));
        Assert.Equal(HttpStatusCode.NotFound, await LookupAsync(viaA));
        Assert.Equal(HttpStatusCode.NotFound, await LookupAsync(atB));
        Assert.Equal(HttpStatusCode.TooManyRequests, await LookupAsync(atB));
        Assert.Equal(HttpStatusCode.TooManyRequests, await LookupAsync(viaA));
    }

    [Fact]
    public async Task With_redis_unreachable_each_node_still_limits_in_memory()
    {
        var args = TestEnvironment.HostArgs(PlatformFixture.Database, redis: "127.0.0.1:1");
        args.AddRange(["--Scheduling:Enabled", "false", .. Limits(2)]);
        await using var host = await HostProcess.StartAsync("edge-no-redis", 18162, args);
        using var client = EdgeClient.Through("http://127.0.0.1:18162", "127.0.0.7");

        var started = DateTime.UtcNow;
        Assert.Equal(HttpStatusCode.NotFound, await LookupAsync(client));
        Assert.Equal(HttpStatusCode.NotFound, await LookupAsync(client));
        Assert.Equal(HttpStatusCode.TooManyRequests, await LookupAsync(client));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10), "the fallback must not wait on Redis timeouts for each request");
    }

    private static async Task<HttpStatusCode> LookupAsync(HttpClient client, string? spoof = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/public/onestop/lookup")
        {
            Content = JsonContent.Create(new { code = "H56.X000000-261129-0001", factor = "0912345678" }),
        };
        if (spoof is not null)
        {
            request.Headers.Add("X-Forwarded-For", spoof);
        }
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}

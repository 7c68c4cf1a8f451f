using System.Diagnostics;
using System.Net;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Operations;

/// <summary>Redis is an accelerator: when it goes away the platform keeps serving from PostgreSQL.</summary>
[Collection(PlatformCollection.Name)]
public sealed class RedisOutageTests(PlatformFixture platform)
{
    [Fact]
    public async Task Platform_keeps_serving_when_redis_stops()
    {
        const int redisPort = 56591;
        var dir = Directory.CreateDirectory(Path.Combine(TestEnvironment.Work, "redis-outage")).FullName;
        using (var start = Process.Start("redis-server", $"--port {redisPort} --bind 127.0.0.1 --daemonize yes --save \"\" --dir {dir} --pidfile {dir}/redis.pid"))
        {
            await start.WaitForExitAsync();
        }
        await Task.Delay(300);
        await using var host = await HostProcess.StartAsync("redis-outage", 18111,
            [.. TestEnvironment.HostArgs(PlatformFixture.Database, redis: $"127.0.0.1:{redisPort}"), "--Scheduling:Enabled", "false"]);
        using var client = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", await Tokens.ForAsync("vanthu.snv"));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/registers")).StatusCode);
        Assert.Equal("Healthy", (await (await client.GetAsync("/health/ready")).ReadAsync()).GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());

        var before = (await host.OutputAsync()).Length;
        using (var stop = Process.Start("redis-cli", $"-p {redisPort} shutdown nosave"))
        {
            await stop.WaitForExitAsync();
        }
        await Task.Delay(500);

        // Another tenant than before, so the answer cannot come from the in-process cache of the first request.
        using var other = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        other.DefaultRequestHeaders.Authorization = new("Bearer", await Tokens.ForAsync("tran.thi.binh"));
        other.DefaultRequestHeaders.Add("X-Tenant", "phuong-hac-thanh");
        for (var i = 0; i < 5; i++)
        {
            using var response = await other.GetAsync("/api/v1/registers");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/registers")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Degraded", (await ready.ReadAsync()).GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());

        // The other nodes, on their own Redis, are not affected.
        using var main = await platform.ClientForAsync("vanthu.snv");
        Assert.Equal(HttpStatusCode.OK, (await main.GetAsync("/api/v1/registers")).StatusCode);

        // The outage is in the log once, however many requests went to PostgreSQL instead; and so is its end.
        Assert.Equal(1, Count((await host.OutputAsync())[before..], "Redis outage began"));
        using (var restart = Process.Start("redis-server", $"--port {redisPort} --bind 127.0.0.1 --daemonize yes --save \"\" --dir {dir} --pidfile {dir}/redis.pid"))
        {
            await restart.WaitForExitAsync();
        }
        var ended = 0;
        for (var i = 0; i < 40 && ended == 0; i++)
        {
            await Task.Delay(500);
            await client.GetAsync("/health/ready");
            ended = Count((await host.OutputAsync())[before..], "Redis outage ended");
        }
        var log = (await host.OutputAsync())[before..];
        Assert.Equal(1, ended);
        Assert.Equal(1, Count(log, "Redis outage began"));
        using (var stop = Process.Start("redis-cli", $"-p {redisPort} shutdown nosave"))
        {
            await stop.WaitForExitAsync();
        }
    }

    private static int Count(string log, string text) =>
        log.Split('\n').Count(line => line.Contains(text, StringComparison.Ordinal));
}

using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Operations;

/// <summary>Two host instances on one PostgreSQL job store: each firing of a clustered job runs once, not twice.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SchedulerClusterTests(PlatformFixture platform)
{
    [Fact]
    public async Task Scheduled_job_fires_once_per_trigger_across_two_nodes()
    {
        List<string> Args(string node) =>
            [.. TestEnvironment.HostArgs(PlatformFixture.Database), "--Scheduling:Enabled", "true", "--Scheduling:InstanceId", node,
             "--Scheduling:HeartbeatSeconds", "1", "--Scheduling:CheckinIntervalSeconds", "2"];
        var started = DateTime.UtcNow;
        await using (var a = await HostProcess.StartAsync("node-a", 18101, Args("node-a")))
        await using (var b = await HostProcess.StartAsync("node-b", 18102, Args("node-b")))
        {
            await Task.Delay(TimeSpan.FromSeconds(12));
        }
        var since = started.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        var firings = await platform.ScalarAsync<long>(
            $"select count(distinct scheduled_fire_time) from platform.job_runs where job_name = 'platform.platform-heartbeat' and fired_at >= '{since}'");
        var runs = await platform.ScalarAsync<long>(
            $"select count(*) from platform.job_runs where job_name = 'platform.platform-heartbeat' and fired_at >= '{since}'");
        var nodes = await platform.ScalarAsync<long>(
            $"select count(distinct instance_id) from platform.job_runs where job_name = 'platform.platform-heartbeat' and fired_at >= '{since}'");

        Assert.True(firings >= 5, $"expected the 1-second heartbeat to fire several times, got {firings}");
        Assert.Equal(firings, runs);
        Assert.InRange(nodes, 1, 2);
    }
}

using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Operations;

/// <summary>
/// Two nodes with the default configuration (InstanceId AUTO): one is killed while it runs the heartbeat job, and
/// another node must take the job over within the check-in window and close the dead node's run as abandoned. With
/// one shared id the dead node looked alive and its trigger stayed BLOCKED until it came back.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class SchedulerFailoverTests(PlatformFixture platform)
{
    private const int CheckinSeconds = 2;

    [Fact]
    public async Task Job_of_a_killed_node_is_recovered_by_another_node_and_its_run_marked_abandoned()
    {
        // No --Scheduling:InstanceId: the default "AUTO" is what production runs.
        List<string> Args() =>
            [.. TestEnvironment.HostArgs(PlatformFixture.Database), "--Scheduling:Enabled", "true",
             "--Scheduling:HeartbeatSeconds", "1", "--Scheduling:HeartbeatHoldSeconds", "4", "--Scheduling:CheckinIntervalSeconds", $"{CheckinSeconds}"];
        var since = Stamp(DateTime.UtcNow.AddSeconds(-1));
        await using var a = await HostProcess.StartAsync("failover-a", 18171, Args());
        await using var b = await HostProcess.StartAsync("failover-b", 18172, Args());

        // Wait for a heartbeat run in progress on one of the two nodes (the instance id carries the process id).
        string? running = null;
        HostProcess? victim = null;
        for (var i = 0; i < 100 && victim is null; i++)
        {
            await Task.Delay(200);
            running = await platform.ScalarAsync<string>(
                $"select instance_id from platform.job_runs where job_name = 'platform.platform-heartbeat' and fired_at >= '{since}' and finished_at is null and abandoned_at is null order by id desc limit 1");
            victim = running is null ? null : running.Contains($"-{a.ProcessId}-", StringComparison.Ordinal) ? a : running.Contains($"-{b.ProcessId}-", StringComparison.Ordinal) ? b : null;
        }
        Assert.NotNull(victim);
        var survivor = victim == a ? b : a;
        var runId = await platform.ScalarAsync<long>($"select max(id) from platform.job_runs where instance_id = '{running}' and finished_at is null");

        await victim.KillAsync();
        var killed = DateTime.UtcNow;

        // Quartz declares a node failed after its check-in interval plus the misfire threshold (3 × interval), then
        // releases its BLOCKED trigger; the heartbeat then fires on a live node, which closes the dead run.
        var window = TimeSpan.FromSeconds(CheckinSeconds * 4 + 10);
        string? recoveredBy = null;
        DateTime? abandoned = null;
        while (DateTime.UtcNow - killed < window && (recoveredBy is null || abandoned is null))
        {
            await Task.Delay(500);
            recoveredBy = await platform.ScalarAsync<string>(
                $"select instance_id from platform.job_runs where job_name = 'platform.platform-heartbeat' and fired_at > '{Stamp(killed)}' and instance_id <> '{running}' order by id limit 1");
            abandoned = await platform.ScalarAsync<DateTime?>($"select abandoned_at from platform.job_runs where id = {runId}");
        }
        Assert.NotEqual("AUTO", running);
        Assert.True(recoveredBy is not null, $"no node ran the heartbeat within {window.TotalSeconds} s after {running} was killed");
        Assert.True(abandoned is not null, "the killed node's run was not marked abandoned");
        Assert.Equal(false, await platform.ScalarAsync<bool?>($"select succeeded from platform.job_runs where id = {runId}"));
        Assert.Contains($"-{survivor.ProcessId}-", recoveredBy, StringComparison.Ordinal);
    }

    private static string Stamp(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture) + "+00";
}

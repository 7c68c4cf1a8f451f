using Saas.IntegrationTests.Infrastructure;
using Saas.Statistics.Rollup;

namespace Saas.IntegrationTests.Statistics;

/// <summary>Roll-ups are idempotent, resume after being killed with identical figures, and fire once per trigger on two nodes.</summary>
[Collection(PlatformCollection.Name)]
public sealed class StatisticsJobTests(PlatformFixture platform)
{
    /// <summary>A fingerprint of the test commune's daily and monthly facts.</summary>
    private Task<string?> FingerprintAsync() => platform.ScalarAsync<string>(
        $"""
        select md5(coalesce((select string_agg(concat_ws('|', day, fact, dim, value, source), ',' order by day, fact, dim)
                             from statistics.daily_facts f join platform.tenants t on t.id = f.tenant_id where t.slug = '{StatisticsDataSet.Slug}'), '')
                || coalesce((select string_agg(concat_ws('|', month, fact, dim, value), ',' order by month, fact, dim)
                             from statistics.monthly_facts f join platform.tenants t on t.id = f.tenant_id where t.slug = '{StatisticsDataSet.Slug}'), ''))
        """, role: "superuser");

    [Fact]
    public async Task Running_twice_gives_the_same_numbers()
    {
        await StatisticsDataSet.EnsureAsync(platform);
        var rollup = StatisticsDataSet.Rollup(platform);
        var before = await FingerprintAsync();
        var again = await rollup.RunRangeAsync(RollupKinds.Full, CancellationToken.None);
        Assert.Equal("succeeded", again.Status);
        Assert.Equal(before, await FingerprintAsync());
        await rollup.RunIncrementalAsync(CancellationToken.None);
        await rollup.RunIncrementalAsync(CancellationToken.None);
        Assert.Equal(before, await FingerprintAsync());
    }

    [Fact]
    public async Task A_run_killed_mid_way_resumes_and_gives_identical_figures()
    {
        await StatisticsDataSet.EnsureAsync(platform);
        var rollup = StatisticsDataSet.Rollup(platform);
        var expected = await FingerprintAsync();
        // Wipe the commune's facts so that only a completed rerun can bring them back.
        await platform.ScalarAsync<long>(
            $"""
            with t as (select id from platform.tenants where slug = '{StatisticsDataSet.Slug}'),
                 d as (delete from statistics.daily_facts where tenant_id in (select id from t) returning 1),
                 m as (delete from statistics.monthly_facts where tenant_id in (select id from t) returning 1)
            select (select count(*) from d) + (select count(*) from m)
            """, role: "superuser");

        using var kill = new CancellationTokenSource();
        var killed = await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            rollup.RunRangeAsync(RollupKinds.Full, kill.Token, afterChunk: _ => kill.Cancel()));
        Assert.NotNull(killed);
        var runId = await platform.ScalarAsync<long>("select max(id) from statistics.rollup_runs where kind = 'full'");
        Assert.Equal("cancelled", await platform.ScalarAsync<string>($"select status from statistics.rollup_runs where id = {runId}"));
        var done = await platform.ScalarAsync<long>($"select count(*) from statistics.rollup_chunks where run_id = {runId} and done_at is not null");
        var total = await platform.ScalarAsync<long>($"select count(*) from statistics.rollup_chunks where run_id = {runId}");
        Assert.Equal(1, done);
        Assert.True(total > 1, "the full run must have several chunks for this test to mean anything");

        var resumed = await rollup.RunRangeAsync(RollupKinds.Full, CancellationToken.None);
        Assert.Equal(runId, resumed.RunId);
        Assert.Equal(1, resumed.ResumedAtChunk);
        Assert.Equal("succeeded", resumed.Status);
        Assert.Equal(expected, await FingerprintAsync());
    }

    [Fact]
    public async Task Incremental_run_picks_up_a_change_and_only_it()
    {
        await StatisticsDataSet.EnsureAsync(platform);
        var rollup = StatisticsDataSet.Rollup(platform);
        await rollup.RunIncrementalAsync(CancellationToken.None);
        var before = await FingerprintAsync();
        // The test commune finishes C today: March keeps its figures, today gets one finished document.
        await platform.ScalarAsync<long>(
            $"""
            with u as (update documents.incoming_documents set status = 'done', finished_at = now(), updated_at = now()
                       where subject = 'C' and tenant_id = (select id from platform.tenants where slug = '{StatisticsDataSet.Slug}') returning 1)
            select count(*) from u
            """, role: "superuser");
        try
        {
            var result = await rollup.RunIncrementalAsync(CancellationToken.None);
            Assert.Equal("succeeded", result.Status);
            Assert.NotEqual(before, await FingerprintAsync());
            Assert.Equal(1, await platform.ScalarAsync<long>(
                $"""
                select coalesce(sum(value), 0) from statistics.daily_facts f join platform.tenants t on t.id = f.tenant_id
                where t.slug = '{StatisticsDataSet.Slug}' and fact = 'documents.incoming.finished' and day = (now() at time zone 'Asia/Ho_Chi_Minh')::date
                """, role: "superuser"));
        }
        finally
        {
            await platform.ScalarAsync<long>(
                $"""
                with u as (update documents.incoming_documents set status = 'in-progress', finished_at = null, updated_at = now()
                           where subject = 'C' and tenant_id = (select id from platform.tenants where slug = '{StatisticsDataSet.Slug}') returning 1)
                select count(*) from u
                """, role: "superuser");
            await rollup.RunRangeAsync(RollupKinds.Recent, CancellationToken.None);
        }
        Assert.Equal(before, await FingerprintAsync());
    }

    [Fact]
    public async Task Two_scheduler_nodes_fire_the_incremental_job_once_per_trigger()
    {
        List<string> Args(string node) =>
            [.. TestEnvironment.HostArgs(PlatformFixture.Database), "--Scheduling:Enabled", "true", "--Scheduling:InstanceId", node,
             "--Scheduling:HeartbeatSeconds", "60", "--Scheduling:CheckinIntervalSeconds", "2", "--Statistics:IncrementalSeconds", "2"];
        var started = DateTime.UtcNow;
        await using (var a = await HostProcess.StartAsync("stats-a", 18111, Args("stats-a")))
        await using (var b = await HostProcess.StartAsync("stats-b", 18112, Args("stats-b")))
        {
            await Task.Delay(TimeSpan.FromSeconds(14));
        }
        var since = started.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        const string job = "statistics.statistics-incremental";
        var firings = await platform.ScalarAsync<long>(
            $"select count(distinct scheduled_fire_time) from platform.job_runs where job_name = '{job}' and fired_at >= '{since}'");
        var runs = await platform.ScalarAsync<long>($"select count(*) from platform.job_runs where job_name = '{job}' and fired_at >= '{since}'");
        var failed = await platform.ScalarAsync<long>(
            $"select count(*) from platform.job_runs where job_name = '{job}' and fired_at >= '{since}' and succeeded = false");
        Assert.True(firings >= 3, $"expected the 2-second incremental job to fire several times, got {firings}");
        Assert.Equal(firings, runs);
        Assert.Equal(0, failed);
        // The advisory lock makes overlapping roll-ups impossible even beyond Quartz: no two runs overlap in time.
        Assert.Equal(0, await platform.ScalarAsync<long>(
            $"""
            select count(*) from statistics.rollup_runs a join statistics.rollup_runs b on a.id < b.id
            where a.started_at >= '{since}' and b.started_at >= '{since}' and a.kind = 'incremental' and b.kind = 'incremental'
              and b.started_at < a.finished_at and a.started_at < b.finished_at
            """));
    }
}

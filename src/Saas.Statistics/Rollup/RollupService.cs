using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Saas.Platform.Statistics;
using Saas.Statistics.Units;

namespace Saas.Statistics.Rollup;

/// <summary>
/// Computes the daily and monthly facts. All roll-ups take one PostgreSQL advisory lock, so whatever the
/// scheduler does (two nodes, a manual run during a nightly one) only one writes at a time; the incremental
/// run skips instead of waiting. Full and recent runs are chunked and resumable; the incremental run commits
/// facts and watermarks together per database.
/// </summary>
public sealed class RollupService(
    SourceRunner runner,
    UnitDirectory directory,
    StatisticsDb db,
    FactWriter writer,
    RollupRunStore runs,
    TimeProvider clock,
    IOptions<StatisticsOptions> options,
    ILogger<RollupService> logger)
{
    private const long LockKey = 727600;

    /// <summary>Overlap with the previous watermark: covers transactions that committed late and clock skew between nodes.</summary>
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(2);

    private static string Node => Environment.MachineName + ":" + Environment.ProcessId;

    /// <param name="afterChunk">Called after each committed chunk (progress; tests use it to kill a run mid-way).</param>
    public async Task<RollupResult> RunRangeAsync(string kind, CancellationToken ct, Action<int>? afterChunk = null)
    {
        var watch = Stopwatch.StartNew();
        await using var lockConn = await db.OpenLockConnectionAsync(ct);
        await using (var l = new NpgsqlCommand("select pg_advisory_lock(@k)", lockConn) { CommandTimeout = 0 })
        {
            l.Parameters.AddWithValue("k", LockKey);
            await l.ExecuteNonQueryAsync(ct);
        }
        try
        {
            return await RangeLockedAsync(kind, watch, afterChunk, ct);
        }
        finally
        {
            await UnlockAsync(lockConn);
        }
    }

    public async Task<RollupResult> RunIncrementalAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        await using var lockConn = await db.OpenLockConnectionAsync(ct);
        await using (var l = new NpgsqlCommand("select pg_try_advisory_lock(@k)", lockConn))
        {
            l.Parameters.AddWithValue("k", LockKey);
            if (await l.ExecuteScalarAsync(ct) is not true)
            {
                return new RollupResult(0, RollupKinds.Incremental, "skipped", null, null, 0, 0, watch.Elapsed.TotalSeconds);
            }
        }
        try
        {
            return await IncrementalLockedAsync(watch, ct);
        }
        finally
        {
            await UnlockAsync(lockConn);
        }
    }

    private async Task<RollupResult> RangeLockedAsync(string kind, Stopwatch watch, Action<int>? afterChunk, CancellationToken ct)
    {
        var units = await directory.AllAsync(ct);
        var (sourceNames, stocks) = await runner.DescribeAsync();
        var now = clock.GetUtcNow();
        var run = await runs.FindUnfinishedAsync(kind, ct);
        if (run is not null && now - run.StartedAt > TimeSpan.FromHours(options.Value.ResumeWithinHours))
        {
            await runs.SetStatusAsync(run.Id, "abandoned", Node, finished: true, "too old to resume");
            run = null;
        }
        int? resumedAt = null;
        if (run is null)
        {
            run = await CreateRunAsync(kind, units, now, ct);
        }
        else
        {
            resumedAt = run.Chunks.FirstOrDefault(c => !c.Done)?.Number;
            logger.LogInformation("Resuming statistics run {Run} ({Kind}) at chunk {Chunk}", run.Id, kind, resumedAt);
            await runs.SetStatusAsync(run.Id, "running", Node, finished: false, null);
        }
        long facts = 0;
        try
        {
            foreach (var chunk in run.Chunks.Where(c => !c.Done))
            {
                ct.ThrowIfCancellationRequested();
                var request = new FactRequest(chunk.Tenants, run.From, run.To);
                var computed = await runner.InDatabaseAsync(chunk.Placement, s => SourceRunner.ComputeAllAsync(s, request, ct));
                await using var c = await db.ForPlatformAsync(ct);
                var written = await writer.ReplaceAsync(c, sourceNames, chunk.Tenants, run.From, run.To, computed, ct);
                await writer.RebuildMonthsAsync(c, chunk.Tenants, run.From, run.To, stocks, run.To, ct);
                await RollupRunStore.MarkChunkDoneAsync(c, run.Id, chunk.Number, written, ct);
                await c.CommitAsync(ct);
                facts += written;
                afterChunk?.Invoke(chunk.Number);
            }
        }
        catch (OperationCanceledException)
        {
            await runs.SetStatusAsync(run.Id, "cancelled", Node, finished: false, null);
            throw;
        }
        catch (Exception ex)
        {
            await runs.SetStatusAsync(run.Id, "failed", Node, finished: false, ex.Message);
            throw;
        }
        await runs.SetStatusAsync(run.Id, "succeeded", Node, finished: true, null);
        logger.LogInformation("Statistics {Kind} run {Run}: {Facts} facts in {Seconds:F1}s", kind, run.Id, facts, watch.Elapsed.TotalSeconds);
        return new RollupResult(run.Id, kind, "succeeded", run.From, run.To, run.Chunks.Count, facts, watch.Elapsed.TotalSeconds, resumedAt);
    }

    private async Task<RollupRunStore.Run> CreateRunAsync(string kind, IReadOnlyList<Unit> units, DateTimeOffset now, CancellationToken ct)
    {
        var today = StatisticsDays.Of(now);
        var placements = units.GroupBy(u => u.Placement).ToList();
        var from = today.AddDays(1 - options.Value.RecentDays);
        if (kind == RollupKinds.Full)
        {
            foreach (var group in placements)
            {
                var first = await runner.InDatabaseAsync(group.Key, async sources =>
                {
                    DateOnly? min = null;
                    foreach (var s in sources)
                    {
                        if (await s.FirstDayAsync(ct) is { } d && (min is null || d < min))
                        {
                            min = d;
                        }
                    }
                    return min;
                });
                if (first is { } f && f < from)
                {
                    from = f;
                }
            }
        }
        var size = Math.Max(1, options.Value.ChunkTenants);
        var chunks = placements
            .SelectMany(g => g.OrderBy(u => u.Id).Select(u => u.Id).Chunk(size).Select(ids => (g.Key, (IReadOnlyList<Guid>)ids)))
            .ToList();
        return await runs.CreateAsync(kind, from, today, Node, now, chunks, ct);
    }

    private async Task<RollupResult> IncrementalLockedAsync(Stopwatch watch, CancellationToken ct)
    {
        var units = await directory.AllAsync(ct);
        var (_, stocks) = await runner.DescribeAsync();
        var started = clock.GetUtcNow();
        var today = StatisticsDays.Of(started);
        var watermarks = await IncrementalWatermarks.ReadAsync(db, ct);
        long facts = 0;
        DateOnly? earliest = null;
        foreach (var group in units.GroupBy(u => u.Placement))
        {
            var placementKey = group.Key ?? "";
            var inDatabase = group.Select(u => u.Id).ToHashSet();
            var work = await runner.InDatabaseAsync(group.Key, async sources =>
            {
                var list = new List<(string Source, FactRequest Request, List<SourcedFact> Facts)>();
                foreach (var source in sources)
                {
                    var since = watermarks.GetValueOrDefault((source.Name, placementKey), started.AddDays(-options.Value.RecentDays)) - Overlap;
                    var changed = await source.ChangedSinceAsync(since, ct);
                    // One request per earliest dirty day: most changes are today's, so most tenants share one request.
                    foreach (var batch in changed.Where(c => inDatabase.Contains(c.TenantId) && c.Day <= today)
                                 .GroupBy(c => c.TenantId).GroupBy(t => t.Min(x => x.Day)))
                    {
                        var request = new FactRequest(batch.Select(t => t.Key).ToList(), batch.Key, today);
                        var computed = (await source.ComputeAsync(request, ct)).Select(f => new SourcedFact(source.Name, f)).ToList();
                        list.Add((source.Name, request, computed));
                    }
                }
                return (Work: list, Sources: sources.Select(s => s.Name).ToList());
            });
            await using var c = await db.ForPlatformAsync(ct);
            foreach (var (source, request, computed) in work.Work)
            {
                facts += await writer.ReplaceAsync(c, [source], request.TenantIds, request.From, request.To, computed, ct);
                await writer.RebuildMonthsAsync(c, request.TenantIds, request.From, request.To, stocks, today, ct);
                earliest = earliest is null || request.From < earliest ? request.From : earliest;
            }
            await IncrementalWatermarks.WriteAsync(c, work.Sources, placementKey, started, ct);
            await c.CommitAsync(ct);
        }
        var id = await runs.RecordIncrementalAsync(earliest, today, Node, started, facts, ct);
        return new RollupResult(id, RollupKinds.Incremental, "succeeded", earliest, today, 0, facts, watch.Elapsed.TotalSeconds);
    }

    private async Task UnlockAsync(NpgsqlConnection lockConn)
    {
        try
        {
            await using var u = new NpgsqlCommand("select pg_advisory_unlock(@k)", lockConn);
            u.Parameters.AddWithValue("k", LockKey);
            await u.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (NpgsqlException ex)
        {
            // The lock dies with the session anyway; a broken connection is not returned to the pool.
            logger.LogWarning(ex, "Could not release the statistics roll-up lock");
        }
    }
}

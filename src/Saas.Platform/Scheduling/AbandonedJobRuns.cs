using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Saas.Platform.Data;

namespace Saas.Platform.Scheduling;

/// <summary>
/// Closes the job runs of nodes that died mid-run. Quartz's cluster manager deletes a failed node's row from
/// <c>qrtz_scheduler_state</c> when it recovers that node's triggers, so an unfinished run whose node no longer has
/// a row will never be finished by anyone: it is marked abandoned instead of showing "running" forever.
/// </summary>
public sealed class AbandonedJobRuns(
    NpgsqlDataSourceRegistry dataSources,
    IOptions<DatabaseOptions> options,
    ILogger<AbandonedJobRuns> logger)
{
    public async Task<int> MarkAsync(CancellationToken ct)
    {
        await using var cmd = dataSources.Get(options.Value.ConnectionString).CreateCommand(
            $"""
            update platform.job_runs r
            set abandoned_at = now(), succeeded = false,
                error = 'Nút máy chủ dừng giữa chừng; cụm đã thu hồi tác vụ / The node stopped mid-run; the cluster recovered the job'
            where r.finished_at is null and r.abandoned_at is null
              and not exists (select 1 from {QuartzStore.TablePrefix}scheduler_state s
                              where s.sched_name = @sched and s.instance_name = r.instance_id)
            """);
        cmd.Parameters.AddWithValue("sched", SchedulingServiceCollectionExtensions.SchedulerName);
        var marked = await cmd.ExecuteNonQueryAsync(ct);
        if (marked > 0)
        {
            logger.LogWarning("Marked {Count} job runs of stopped nodes as abandoned", marked);
        }
        return marked;
    }

    /// <summary>Best effort: a failure here must not fail the job that called it.</summary>
    public async Task TryMarkAsync(CancellationToken ct)
    {
        try
        {
            await MarkAsync(ct);
        }
        catch (NpgsqlException ex)
        {
            logger.LogWarning(ex, "Could not mark abandoned job runs");
        }
    }
}

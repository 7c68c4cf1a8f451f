using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Quartz;
using Saas.Platform.Data;

namespace Saas.Platform.Scheduling;

/// <summary>Records every job run (node, scheduled time, duration, failure) so platform admins can see them.</summary>
public sealed class JobRunRecorder(
    NpgsqlDataSourceRegistry dataSources,
    IOptions<DatabaseOptions> options,
    ILogger<JobRunRecorder> logger) : IJobListener
{
    // Run ids by fire instance: the listener sees the start and the end of a firing on the same node.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> _runIds = new();

    public string Name => "saas-job-run-recorder";

    public async ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var cmd = dataSources.Get(options.Value.ConnectionString).CreateCommand(
                """
                insert into platform.job_runs(job_name, instance_id, scheduled_fire_time, fired_at)
                values (@j, @i, @s, @f) returning id
                """);
            cmd.Parameters.AddWithValue("j", context.JobDetail.Key.ToString());
            cmd.Parameters.AddWithValue("i", context.Scheduler.SchedulerInstanceId);
            cmd.Parameters.AddWithValue("s", (object?)context.ScheduledFireTimeUtc?.UtcDateTime ?? DBNull.Value);
            cmd.Parameters.AddWithValue("f", context.FireTimeUtc.UtcDateTime);
            _runIds[context.FireInstanceId] = (long)(await cmd.ExecuteScalarAsync(cancellationToken))!;
        }
        catch (NpgsqlException ex)
        {
            logger.LogWarning(ex, "Could not record the start of job {Job}", context.JobDetail.Key);
        }
    }

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobProgressChanged(IJobExecutionContext context, Quartz.Extensibility.FireInstanceProgress progress, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        if (!_runIds.TryRemove(context.FireInstanceId, out var id))
        {
            return;
        }
        try
        {
            await using var cmd = dataSources.Get(options.Value.ConnectionString).CreateCommand(
                "update platform.job_runs set finished_at = now(), succeeded = @ok, error = @e where id = @id");
            cmd.Parameters.AddWithValue("ok", jobException is null);
            cmd.Parameters.AddWithValue("e", (object?)jobException?.Message ?? DBNull.Value);
            cmd.Parameters.AddWithValue("id", id);
            await cmd.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (NpgsqlException ex)
        {
            logger.LogWarning(ex, "Could not record the end of job {Job}", context.JobDetail.Key);
        }
    }
}

using NpgsqlTypes;
using Quartz;

namespace Saas.Statistics.Reports;

public sealed record ExportStatus(Guid Id, string Status, int Progress, string? FileName, string? Error);

/// <summary>The states of an export, as stored in <c>statistics.reports.status</c>.</summary>
public static class ExportStates
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Done = "done";
    public const string Failed = "failed";
}

/// <summary>
/// Excel exports for any day range, built in the background so that a long one (a year of the whole province)
/// reports its progress instead of holding a request open. A request is a row of <c>statistics.reports</c> (its
/// status) and a one-off job in the clustered Quartz store: both live in PostgreSQL, so an export queued before a
/// restart, or on a node that runs no scheduler, is built by whichever scheduling node comes next
/// (<see cref="StatisticsExportJob"/>). Only the requester can read the status and the file.
/// </summary>
public sealed class StatisticsExports(StatisticsDb db, ISchedulerFactory schedulers)
{
    public static readonly string JobGroup = "statistics-exports";

    /// <param name="tenantId">The requester's tenant for a unit export; null for a province export over <paramref name="visible"/>.</param>
    /// <param name="visible">The units a province export covers (the requester's grant when asked); null: every unit.</param>
    public async Task<ExportStatus> EnqueueAsync(Guid? tenantId, IReadOnlySet<Guid>? visible, string requestedBy, DateOnly from, DateOnly to,
        CancellationToken ct)
    {
        var id = Guid.CreateVersion7();
        await using (var c = await db.ForPlatformAsync(ct))
        {
            await using var cmd = c.Command(
                """
                insert into statistics.reports(id, kind, tenant_id, requested_by, period_from, period_to, breakdown, status, created_at)
                values (@id, 'export', @t, @u, @f, @to, 'unit', 'queued', now())
                """);
            cmd.Parameters.AddWithValue("id", id);
            cmd.Parameters.AddWithValue("t", NpgsqlDbType.Uuid, (object?)tenantId ?? DBNull.Value);
            cmd.Parameters.AddWithValue("u", requestedBy);
            cmd.Parameters.AddWithValue("f", from);
            cmd.Parameters.AddWithValue("to", to);
            await cmd.ExecuteNonQueryAsync(ct);
            await c.CommitAsync(ct);
        }
        try
        {
            var job = JobBuilder.Create<StatisticsExportJob>()
                .WithIdentity(id.ToString(), JobGroup)
                .UsingJobData(StatisticsExportJob.ReportKey, id.ToString())
                .UsingJobData(StatisticsExportJob.VisibleKey, visible is null ? StatisticsExportJob.EveryUnit : string.Join(',', visible))
                .RequestRecovery() // a node dying mid-export hands it to another node, which builds it again
                .Build();
            var trigger = TriggerBuilder.Create().WithIdentity(id.ToString(), JobGroup).ForJob(job).StartNow()
                .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
                .Build();
            var scheduler = await schedulers.GetScheduler(ct);
            await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions(), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await StatisticsExportJob.UpdateAsync(db, id, ExportStates.Failed, 0, null, null, ex.Message, CancellationToken.None);
            throw;
        }
        return new ExportStatus(id, ExportStates.Queued, 0, null, null);
    }

    public async Task<(ExportStatus? Status, byte[]? Content)> GetAsync(Guid id, Guid? tenantId, string requestedBy, bool withContent, CancellationToken ct)
    {
        await using var c = await db.ForPlatformAsync(ct);
        await using var cmd = c.Command(
            $"""
            select status, progress, file_name, error, {(withContent ? "content" : "null::bytea")} from statistics.reports
            where id = @id and kind = 'export' and requested_by = @u and tenant_id is not distinct from @t
            """);
        cmd.Parameters.AddWithValue("id", id);
        cmd.Parameters.AddWithValue("u", requestedBy);
        cmd.Parameters.AddWithValue("t", NpgsqlDbType.Uuid, (object?)tenantId ?? DBNull.Value);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct))
        {
            return (null, null);
        }
        return (new ExportStatus(id, r.GetString(0), r.GetInt32(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3)),
            r.IsDBNull(4) ? null : r.GetFieldValue<byte[]>(4));
    }
}

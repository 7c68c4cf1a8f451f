using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NpgsqlTypes;
using Saas.Platform.Statistics;
using Saas.Statistics.Dashboards;
using Saas.Statistics.Units;

namespace Saas.Statistics.Reports;

public sealed record ExportStatus(Guid Id, string Status, int Progress, string? FileName, string? Error);

/// <summary>
/// Excel exports for any day range, built in the background so that a long one (a year of the whole province)
/// reports its progress instead of holding a request open. Only the requester can read the status and the file.
/// </summary>
public sealed class ExportQueue(StatisticsDb db, UnitDirectory directory, FactReader reader, StatisticsWorkbook workbook, TimeProvider clock,
    ILogger<ExportQueue> logger) : BackgroundService
{
    private sealed record Job(Guid Id, Guid? TenantId, IReadOnlySet<Guid>? Visible, DateOnly From, DateOnly To);

    private readonly Channel<Job> _jobs = Channel.CreateUnbounded<Job>();

    /// <param name="tenantId">The requester's tenant for a unit export; null for a province export over <paramref name="visible"/>.</param>
    public async Task<Guid> EnqueueAsync(Guid? tenantId, IReadOnlySet<Guid>? visible, string requestedBy, DateOnly from, DateOnly to, CancellationToken ct)
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
        await _jobs.Writer.WriteAsync(new Job(id, tenantId, visible, from, to), ct);
        return id;
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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var job in _jobs.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await RunAsync(job, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Statistics export {Id} failed", job.Id);
                    await UpdateAsync(job.Id, "failed", 0, null, null, ex.Message, CancellationToken.None);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down; queued exports stay "queued" and the requester can ask again.
        }
    }

    private async Task RunAsync(Job job, CancellationToken ct)
    {
        await UpdateAsync(job.Id, "running", 1, null, null, null, ct);
        var units = (await directory.AllAsync(ct))
            .Where(u => job.TenantId is { } t ? u.Id == t : job.Visible is null || job.Visible.Contains(u.Id)).ToList();
        var stocks = await reader.StocksAsync();
        var today = StatisticsDays.Today(clock);
        var stockDay = job.To < today ? job.To : today;
        Dictionary<Guid, Catalogue.FactBag> bags;
        await using (var c = job.TenantId is { } tenant ? await db.ForTenantAsync(tenant, ct) : await db.ForPlatformAsync(ct))
        {
            bags = await FactReader.DailyAsync(c, units.Select(u => u.Id).ToList(), job.From, job.To, stockDay, stocks, ct);
        }
        await UpdateAsync(job.Id, "running", 10, null, null, null, ct);
        var rows = units.OrderBy(u => u.Level).ThenBy(u => u.Name, StringComparer.Ordinal)
            .Select(u => new StatisticsWorkbook.UnitFacts(u, bags.GetValueOrDefault(u.Id) ?? new Catalogue.FactBag())).ToList();
        var lastReported = 10;
        var supplied = await reader.SuppliedAsync();
        var bytes = workbook.Build("Thống kê", job.From, job.To, rows, supplied, p =>
        {
            var overall = 10 + p * 85 / 100;
            if (overall >= lastReported + 10)
            {
                lastReported = overall;
                UpdateAsync(job.Id, "running", overall, null, null, null, ct).GetAwaiter().GetResult();
            }
        });
        var name = $"thong-ke-{job.From:yyyyMMdd}-{job.To:yyyyMMdd}.xlsx";
        await UpdateAsync(job.Id, "done", 100, name, bytes, null, ct);
    }

    private async Task UpdateAsync(Guid id, string status, int progress, string? fileName, byte[]? content, string? error, CancellationToken ct)
    {
        await using var c = await db.ForPlatformAsync(ct);
        await using var cmd = c.Command(
            """
            update statistics.reports set status = @s, progress = @p, file_name = coalesce(@n, file_name), content = coalesce(@c, content), error = @e,
              finished_at = case when @s in ('done', 'failed') then now() end
            where id = @id
            """);
        cmd.Parameters.AddWithValue("s", status);
        cmd.Parameters.AddWithValue("p", progress);
        cmd.Parameters.AddWithValue("n", NpgsqlDbType.Text, (object?)fileName ?? DBNull.Value);
        cmd.Parameters.AddWithValue("c", NpgsqlDbType.Bytea, (object?)content ?? DBNull.Value);
        cmd.Parameters.AddWithValue("e", NpgsqlDbType.Text, (object?)error ?? DBNull.Value);
        cmd.Parameters.AddWithValue("id", id);
        await cmd.ExecuteNonQueryAsync(ct);
        await c.CommitAsync(ct);
    }
}

using Microsoft.Extensions.Logging;
using NpgsqlTypes;
using Quartz;
using Saas.Platform.Statistics;
using Saas.Statistics.Dashboards;
using Saas.Statistics.Units;

namespace Saas.Statistics.Reports;

/// <summary>
/// Builds one requested export (<see cref="StatisticsExports"/>) on a scheduling node: running → done with the
/// workbook, or failed with the reason. A recovered run (its node died) starts again from the beginning.
/// </summary>
public sealed class StatisticsExportJob(StatisticsDb db, UnitDirectory directory, FactReader reader, StatisticsWorkbook workbook, TimeProvider clock,
    ILogger<StatisticsExportJob> logger) : IJob
{
    public const string ReportKey = "report";
    public const string VisibleKey = "visible";
    public const string EveryUnit = "*";

    private sealed record Request(Guid Id, Guid? TenantId, IReadOnlySet<Guid>? Visible, DateOnly From, DateOnly To);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        var id = Guid.Parse(data.GetString(ReportKey)!);
        var visible = data.GetString(VisibleKey) is { } v && v != EveryUnit
            ? v.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToHashSet()
            : null;
        try
        {
            if (await FindAsync(id, visible, cancellationToken) is { } request)
            {
                await RunAsync(request, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Statistics export {Id} failed", id);
            await UpdateAsync(db, id, ExportStates.Failed, 0, null, null, ex.Message, CancellationToken.None);
        }
    }

    private async Task<Request?> FindAsync(Guid id, IReadOnlySet<Guid>? visible, CancellationToken ct)
    {
        await using var c = await db.ForPlatformAsync(ct);
        await using var cmd = c.Command("select tenant_id, period_from, period_to from statistics.reports where id = @id and kind = 'export'");
        cmd.Parameters.AddWithValue("id", id);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct)
            ? new Request(id, r.IsDBNull(0) ? null : r.GetGuid(0), visible, r.GetFieldValue<DateOnly>(1), r.GetFieldValue<DateOnly>(2))
            : null;
    }

    private async Task RunAsync(Request job, CancellationToken ct)
    {
        await UpdateAsync(db, job.Id, ExportStates.Running, 1, null, null, null, ct);
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
        await UpdateAsync(db, job.Id, ExportStates.Running, 10, null, null, null, ct);
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
                UpdateAsync(db, job.Id, ExportStates.Running, overall, null, null, null, ct).GetAwaiter().GetResult();
            }
        });
        var name = $"thong-ke-{job.From:yyyyMMdd}-{job.To:yyyyMMdd}.xlsx";
        await UpdateAsync(db, job.Id, ExportStates.Done, 100, name, bytes, null, ct);
    }

    /// <summary>Each step commits on its own, so that the requester sees the progress while the job runs.</summary>
    internal static async Task UpdateAsync(StatisticsDb db, Guid id, string status, int progress, string? fileName, byte[]? content, string? error,
        CancellationToken ct)
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

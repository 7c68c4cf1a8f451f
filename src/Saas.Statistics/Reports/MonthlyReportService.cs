using Microsoft.Extensions.Logging;
using Saas.Statistics.Catalogue;
using Saas.Statistics.Dashboards;
using Saas.Statistics.Units;

namespace Saas.Statistics.Reports;

/// <summary>
/// The monthly job's work: freeze a month's facts into <c>monthly_snapshots</c> (never overwritten, so a report
/// of March reads the same in June) and store the province's workbook built from the snapshot.
/// </summary>
public sealed class MonthlyReportService(StatisticsDb db, UnitDirectory directory, FactReader reader, StatisticsWorkbook workbook,
    ILogger<MonthlyReportService> logger)
{
    public static string FileName(DateOnly month) => $"bao-cao-thong-ke-{month:yyyy-MM}.xlsx";

    /// <summary>Idempotent: a month already frozen keeps its snapshot; its report is only rebuilt if missing.</summary>
    public async Task FreezeAndGenerateAsync(DateOnly month, CancellationToken ct)
    {
        month = new DateOnly(month.Year, month.Month, 1);
        await using var c = await db.ForPlatformAsync(ct);
        await using (var freeze = c.Command(
            """
            insert into statistics.monthly_snapshots(tenant_id, month, fact, dim, value, frozen_at)
            select tenant_id, month, fact, dim, value, now() from statistics.monthly_facts m
            where month = @m and not exists (select 1 from statistics.monthly_snapshots s where s.month = @m)
            """))
        {
            freeze.Parameters.AddWithValue("m", month);
            await freeze.ExecuteNonQueryAsync(ct);
        }
        await using (var exists = c.Command("select 1 from statistics.reports where kind = 'monthly' and period_from = @m and status = 'done'"))
        {
            exists.Parameters.AddWithValue("m", month);
            if (await exists.ExecuteScalarAsync(ct) is not null)
            {
                await c.CommitAsync(ct);
                return;
            }
        }
        var units = await directory.AllAsync(ct);
        var bags = await FactReader.MonthlyAsync(c, null, month, month, withDimensions: true, table: "monthly_snapshots", ct: ct);
        var rows = units.Where(u => bags.ContainsKey(u.Id)).OrderBy(u => u.Level).ThenBy(u => u.Name, StringComparer.Ordinal)
            .Select(u => new StatisticsWorkbook.UnitFacts(u, bags[u.Id].GetValueOrDefault(month) ?? new FactBag())).ToList();
        var bytes = workbook.Build($"Báo cáo thống kê tháng {month:MM/yyyy}", month, month.AddMonths(1).AddDays(-1), rows, await reader.SuppliedAsync());
        await using (var save = c.Command(
            """
            insert into statistics.reports(id, kind, tenant_id, requested_by, period_from, period_to, breakdown, status, progress, file_name, content, created_at, finished_at)
            values (@id, 'monthly', null, 'system', @m, @e, 'unit', 'done', 100, @n, @c, now(), now())
            on conflict (period_from) where kind = 'monthly' do update set content = excluded.content, status = 'done', progress = 100, finished_at = now()
            """))
        {
            save.Parameters.AddWithValue("id", Guid.CreateVersion7());
            save.Parameters.AddWithValue("m", month);
            save.Parameters.AddWithValue("e", month.AddMonths(1).AddDays(-1));
            save.Parameters.AddWithValue("n", FileName(month));
            save.Parameters.AddWithValue("c", bytes);
            await save.ExecuteNonQueryAsync(ct);
        }
        await c.CommitAsync(ct);
        logger.LogInformation("Monthly statistics report {Month:yyyy-MM} generated ({Units} units)", month, rows.Count);
    }

    public sealed record MonthlyReport(string Month, string FileName, DateTimeOffset GeneratedAt);

    public async Task<IReadOnlyList<MonthlyReport>> ListAsync(CancellationToken ct)
    {
        await using var c = await db.ForPlatformAsync(ct);
        await using var cmd = c.Command("select period_from, file_name, finished_at from statistics.reports where kind = 'monthly' and status = 'done' order by period_from desc");
        var list = new List<MonthlyReport>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            list.Add(new MonthlyReport(Indicators.MonthKey(r.GetFieldValue<DateOnly>(0)), r.GetString(1), r.GetFieldValue<DateTimeOffset>(2)));
        }
        return list;
    }

    public async Task<byte[]?> ProvinceFileAsync(DateOnly month, CancellationToken ct)
    {
        await using var c = await db.ForPlatformAsync(ct);
        await using var cmd = c.Command("select content from statistics.reports where kind = 'monthly' and period_from = @m and status = 'done'");
        cmd.Parameters.AddWithValue("m", month);
        return await cmd.ExecuteScalarAsync(ct) as byte[];
    }

    /// <summary>A unit's own monthly report, built from the frozen snapshot in the unit's own scope.</summary>
    public async Task<byte[]?> UnitFileAsync(Unit unit, DateOnly month, CancellationToken ct)
    {
        await using var c = await db.ForTenantAsync(unit.Id, ct);
        var bags = await FactReader.MonthlyAsync(c, [unit.Id], month, month, withDimensions: true, table: "monthly_snapshots", ct: ct);
        if (!bags.TryGetValue(unit.Id, out var months))
        {
            // A quiet month still has a (blank) report once the month is frozen.
            if (!await IsFrozenAsync(month, ct))
            {
                return null;
            }
            months = [];
        }
        return workbook.Build($"Báo cáo thống kê tháng {month:MM/yyyy} – {unit.Name}", month, month.AddMonths(1).AddDays(-1),
            [new StatisticsWorkbook.UnitFacts(unit, months.GetValueOrDefault(month) ?? new FactBag())], await reader.SuppliedAsync());
    }

    /// <summary>
    /// Whether the province's report of <paramref name="month"/> exists. That row has no tenant (it is province-wide),
    /// so row-level security hides it from a unit's scope; only this yes/no leaves the platform scope, never its content.
    /// </summary>
    private async Task<bool> IsFrozenAsync(DateOnly month, CancellationToken ct)
    {
        await using var c = await db.ForPlatformAsync(ct);
        await using var cmd = c.Command("select 1 from statistics.reports where kind = 'monthly' and period_from = @m and status = 'done'");
        cmd.Parameters.AddWithValue("m", month);
        return await cmd.ExecuteScalarAsync(ct) is not null;
    }
}

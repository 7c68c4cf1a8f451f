using Npgsql;
using NpgsqlTypes;
using Saas.Platform.Statistics;

namespace Saas.Statistics.Rollup;

/// <summary>A fact together with the source that produced it (the unit of replacement).</summary>
public readonly record struct SourcedFact(string Source, DailyFact Fact);

/// <summary>
/// Writes facts with replace semantics: for the given sources, tenants and days, whatever was there is deleted
/// and the freshly computed facts inserted, in the caller's transaction. Replacing (never adding) is what makes
/// every run idempotent.
/// </summary>
public sealed class FactWriter
{
    public async Task<long> ReplaceAsync(StatisticsConnection db, IReadOnlyCollection<string> sources, IReadOnlyList<Guid> tenants,
        DateOnly from, DateOnly to, IEnumerable<SourcedFact> facts, CancellationToken ct)
    {
        await using (var del = db.Command(
            "delete from statistics.daily_facts where tenant_id = any(@t) and day between @f and @to and source = any(@s)"))
        {
            del.Parameters.AddWithValue("t", NpgsqlDbType.Array | NpgsqlDbType.Uuid, tenants.ToArray());
            del.Parameters.AddWithValue("f", from);
            del.Parameters.AddWithValue("to", to);
            del.Parameters.AddWithValue("s", NpgsqlDbType.Array | NpgsqlDbType.Text, sources.ToArray());
            await del.ExecuteNonQueryAsync(ct);
        }
        // Row-level security forbids COPY into the facts table itself, so rows go through a temporary table.
        await using (var tmp = db.Command(
            """
            create temp table if not exists stat_in(tenant_id uuid, day date, fact text, dim text, value bigint, source text) on commit drop;
            truncate stat_in;
            """))
        {
            await tmp.ExecuteNonQueryAsync(ct);
        }
        var tenantSet = tenants.ToHashSet();
        var unique = new Dictionary<(Guid, DateOnly, string, string), SourcedFact>();
        foreach (var f in facts)
        {
            // Only what was asked for is written: a source cannot touch other tenants or days by mistake.
            if (!tenantSet.Contains(f.Fact.TenantId) || f.Fact.Day < from || f.Fact.Day > to || f.Fact.Value == 0)
            {
                continue;
            }
            var key = (f.Fact.TenantId, f.Fact.Day, f.Fact.Fact, f.Fact.Dimension);
            unique[key] = unique.TryGetValue(key, out var prev)
                ? f with { Fact = f.Fact with { Value = prev.Fact.Value + f.Fact.Value } }
                : f;
        }
        await using (var copy = await db.Connection.BeginBinaryImportAsync(
            "copy stat_in (tenant_id, day, fact, dim, value, source) from stdin (format binary)", ct))
        {
            foreach (var f in unique.Values)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(f.Fact.TenantId, NpgsqlDbType.Uuid, ct);
                await copy.WriteAsync(f.Fact.Day, NpgsqlDbType.Date, ct);
                await copy.WriteAsync(f.Fact.Fact, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(f.Fact.Dimension, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(f.Fact.Value, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(f.Source, NpgsqlDbType.Text, ct);
            }
            await copy.CompleteAsync(ct);
        }
        await using (var ins = db.Command(
            "insert into statistics.daily_facts(tenant_id, day, fact, dim, value, source) select tenant_id, day, fact, dim, value, source from stat_in"))
        {
            await ins.ExecuteNonQueryAsync(ct);
        }
        return unique.Count;
    }

    /// <summary>
    /// Rebuilds the monthly rows of the given tenants for every month overlapping [from, to] from the daily facts:
    /// flows summed; stocks taken on the month's last day, or on <paramref name="bound"/> for the running month.
    /// </summary>
    public async Task RebuildMonthsAsync(StatisticsConnection db, IReadOnlyList<Guid> tenants, DateOnly from, DateOnly to,
        IReadOnlyCollection<string> stocks, DateOnly bound, CancellationToken ct)
    {
        var firstMonth = new DateOnly(from.Year, from.Month, 1);
        var lastMonth = new DateOnly(to.Year, to.Month, 1);
        await using var cmd = db.Command(
            """
            delete from statistics.monthly_facts where tenant_id = any(@t) and month between @mf and @ml;
            insert into statistics.monthly_facts(tenant_id, month, fact, dim, value)
            select tenant_id, month, fact, dim, v from (
              select tenant_id, date_trunc('month', day)::date as month, fact, dim,
                     sum(value) filter (where fact <> all(@stocks)
                                           or day = least((date_trunc('month', day) + interval '1 month - 1 day')::date, @bound)) as v
              from statistics.daily_facts
              where tenant_id = any(@t) and day >= @mf and day < (@ml + interval '1 month')::date
              group by 1, 2, 3, 4
            ) m where v is not null and v <> 0;
            """);
        cmd.Parameters.AddWithValue("t", NpgsqlDbType.Array | NpgsqlDbType.Uuid, tenants.ToArray());
        cmd.Parameters.AddWithValue("mf", firstMonth);
        cmd.Parameters.AddWithValue("ml", lastMonth);
        cmd.Parameters.AddWithValue("stocks", NpgsqlDbType.Array | NpgsqlDbType.Text, stocks.ToArray());
        cmd.Parameters.AddWithValue("bound", bound);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}

using NpgsqlTypes;
using Saas.Statistics.Catalogue;
using Saas.Statistics.Rollup;

namespace Saas.Statistics.Dashboards;

/// <summary>
/// Reads facts into <see cref="FactBag"/>s: per tenant and month from the monthly table (dashboards), or per
/// tenant for any day range from the daily table (exports). Flows are summed over the period; stocks are taken
/// at its end.
/// </summary>
public sealed class FactReader(SourceRunner runner)
{
    private IReadOnlySet<string>? _stocks;
    private IReadOnlySet<string>? _supplied;

    public async Task<IReadOnlySet<string>> StocksAsync()
    {
        if (_stocks is null)
        {
            var (_, stocks, supplied) = await runner.DescribeAllAsync();
            _supplied = supplied;
            _stocks = stocks.ToHashSet(StringComparer.Ordinal);
        }
        return _stocks;
    }

    /// <summary>Fact names the registered sources supply.</summary>
    public async Task<IReadOnlySet<string>> SuppliedAsync()
    {
        await StocksAsync();
        return _supplied!;
    }

    /// <summary>tenant → month → facts, for months in [fromMonth, toMonth].</summary>
    public static async Task<Dictionary<Guid, SortedDictionary<DateOnly, FactBag>>> MonthlyAsync(
        StatisticsConnection c, IReadOnlyCollection<Guid>? tenants, DateOnly fromMonth, DateOnly toMonth, bool withDimensions,
        string table = "monthly_facts", CancellationToken ct = default)
    {
        await using var cmd = c.Command(
            $"""
            select tenant_id, month, fact, dim, value from statistics.{table}
            where month between @f and @t and (@all or tenant_id = any(@ids)) and (@dims or dim = '')
            """);
        cmd.Parameters.AddWithValue("f", fromMonth);
        cmd.Parameters.AddWithValue("t", toMonth);
        cmd.Parameters.AddWithValue("all", tenants is null);
        cmd.Parameters.AddWithValue("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid, (tenants ?? []).ToArray());
        cmd.Parameters.AddWithValue("dims", withDimensions);
        var result = new Dictionary<Guid, SortedDictionary<DateOnly, FactBag>>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var tenant = r.GetGuid(0);
            if (!result.TryGetValue(tenant, out var months))
            {
                result[tenant] = months = [];
            }
            var month = r.GetFieldValue<DateOnly>(1);
            if (!months.TryGetValue(month, out var bag))
            {
                months[month] = bag = new FactBag();
            }
            bag.Add(FactBag.Key(r.GetString(2), r.GetString(3)), r.GetInt64(4));
        }
        return result;
    }

    /// <summary>tenant → facts over [from, to]: flows summed, stocks as on <paramref name="stockDay"/>.</summary>
    public static async Task<Dictionary<Guid, FactBag>> DailyAsync(
        StatisticsConnection c, IReadOnlyCollection<Guid>? tenants, DateOnly from, DateOnly to, DateOnly stockDay,
        IReadOnlySet<string> stocks, CancellationToken ct)
    {
        await using var cmd = c.Command(
            """
            select tenant_id, fact, dim, sum(value) filter (where fact <> all(@stocks) or day = @sd)::bigint
            from statistics.daily_facts
            where day between @f and @t and (@all or tenant_id = any(@ids))
            group by 1, 2, 3
            """);
        cmd.Parameters.AddWithValue("f", from);
        cmd.Parameters.AddWithValue("t", to);
        cmd.Parameters.AddWithValue("sd", stockDay);
        cmd.Parameters.AddWithValue("stocks", NpgsqlDbType.Array | NpgsqlDbType.Text, stocks.ToArray());
        cmd.Parameters.AddWithValue("all", tenants is null);
        cmd.Parameters.AddWithValue("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid, (tenants ?? []).ToArray());
        var result = new Dictionary<Guid, FactBag>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            if (r.IsDBNull(3))
            {
                continue;
            }
            var tenant = r.GetGuid(0);
            if (!result.TryGetValue(tenant, out var bag))
            {
                result[tenant] = bag = new FactBag();
            }
            bag.Add(FactBag.Key(r.GetString(1), r.GetString(2)), r.GetInt64(3));
        }
        return result;
    }

    /// <summary>One period's facts from monthly bags: flows summed, stocks from the last month only.</summary>
    public static FactBag Period(IEnumerable<KeyValuePair<DateOnly, FactBag>> months, DateOnly lastMonth, IReadOnlySet<string> stocks)
    {
        var period = new FactBag();
        foreach (var (month, bag) in months)
        {
            foreach (var (key, value) in bag.Values)
            {
                var hash = key.IndexOf('#', StringComparison.Ordinal);
                var fact = hash < 0 ? key : key[..hash];
                if (!stocks.Contains(fact) || month == lastMonth)
                {
                    period.Add(key, value);
                }
            }
        }
        return period;
    }
}

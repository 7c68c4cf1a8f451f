using Npgsql;
using NpgsqlTypes;
using Saas.Platform.Data;
using Saas.Platform.Statistics;

namespace Saas.WorkFiles.Statistics;

/// <summary>
/// Daily facts of work files (hồ sơ công việc) for the statistics module: opened, closed, and closed with every
/// document electronic ("processed entirely online", the QĐ 749 e-office target). Read in the platform scope of
/// one database. Definitions: docs/indicators.md.
/// </summary>
public sealed class WorkFileFactSource(TenantDataSession session) : IIndicatorFactSource
{
    public const string Opened = "workfiles.opened";
    public const string Closed = "workfiles.closed";
    public const string ClosedOnline = "workfiles.closed_online";

    private static readonly string Cd = StatisticsDays.Sql("created_at");
    private static readonly string Xd = StatisticsDays.Sql("closed_at");

    public string Name => "workfiles";

    public IReadOnlyList<FactDefinition> Facts { get; } =
    [
        new(Opened, FactKind.Flow, "Hồ sơ công việc được mở trong ngày"),
        new(Closed, FactKind.Flow, "Hồ sơ công việc kết thúc trong ngày"),
        new(ClosedOnline, FactKind.Flow, "…trong đó mọi văn bản trong hồ sơ là văn bản điện tử (xử lý toàn trình trên môi trường điện tử)"),
    ];

    public async Task<DateOnly?> FirstDayAsync(CancellationToken ct)
    {
        await using var cmd = await CommandAsync($"select min({Cd}) from workfiles.work_files", ct);
        return await cmd.ExecuteScalarAsync(ct) is DateOnly d ? d : null;
    }

    public async Task<IReadOnlyCollection<TenantDay>> ChangedSinceAsync(DateTimeOffset since, CancellationToken ct)
    {
        // Work files carry no updated_at: every change that matters to the facts stamps one of these instants.
        await using var cmd = await CommandAsync(
            $"""
            select tenant_id, {Cd}, case when closed_at is not null then {Xd} end from workfiles.work_files
            where created_at >= @s or closed_at >= @s or deposited_at >= @s
            """, ct);
        cmd.Parameters.AddWithValue("s", since.UtcDateTime);
        var set = new HashSet<TenantDay>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            set.Add(new TenantDay(r.GetGuid(0), r.GetFieldValue<DateOnly>(1)));
            if (!r.IsDBNull(2))
            {
                set.Add(new TenantDay(r.GetGuid(0), r.GetFieldValue<DateOnly>(2)));
            }
        }
        return set;
    }

    public async Task<IReadOnlyList<DailyFact>> ComputeAsync(FactRequest request, CancellationToken ct)
    {
        var facts = new List<DailyFact>();
        await using var cmd = await CommandAsync(
            $"""
            select tenant_id, {Cd}, 'o', count(*), 0::bigint from workfiles.work_files
            where tenant_id = any(@t) and created_at >= @f and created_at < @u group by 1, 2
            union all
            select tenant_id, {Xd}, 'c', count(*), count(*) filter (where fully_online) from workfiles.work_files
            where tenant_id = any(@t) and closed_at >= @f and closed_at < @u and status in ('closed', 'deposited') group by 1, 2
            """, ct);
        cmd.Parameters.AddWithValue("t", NpgsqlDbType.Array | NpgsqlDbType.Uuid, request.TenantIds.ToArray());
        cmd.Parameters.AddWithValue("f", StatisticsDays.StartUtc(request.From).UtcDateTime);
        cmd.Parameters.AddWithValue("u", StatisticsDays.StartUtc(request.To.AddDays(1)).UtcDateTime);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var tenant = r.GetGuid(0);
            var day = r.GetFieldValue<DateOnly>(1);
            if (r.GetString(2) == "o")
            {
                facts.Add(new DailyFact(tenant, day, Opened, "", r.GetInt64(3)));
                continue;
            }
            facts.Add(new DailyFact(tenant, day, Closed, "", r.GetInt64(3)));
            if (r.GetInt64(4) > 0)
            {
                facts.Add(new DailyFact(tenant, day, ClosedOnline, "", r.GetInt64(4)));
            }
        }
        return facts;
    }

    private async Task<NpgsqlCommand> CommandAsync(string sql, CancellationToken ct)
    {
        var conn = await session.GetConnectionAsync(ct);
        return new NpgsqlCommand(sql, conn, session.Transaction) { CommandTimeout = 300 };
    }
}

using Npgsql;
using NpgsqlTypes;
using Saas.Platform.Data;
using Saas.Platform.Statistics;

namespace Saas.Documents.Statistics;

/// <summary>
/// Daily facts of incoming and outgoing documents for the statistics module, read in the platform scope of one
/// database. Secret documents (độ mật) are left out of every fact: they are handled outside the e-office flow.
/// Definitions and formulas: docs/indicators.md.
/// </summary>
public sealed class DocumentFactSource(TenantDataSession session) : IIndicatorFactSource
{
    public const string Received = "documents.incoming.received";
    public const string ReceivedElectronic = "documents.incoming.received_electronic";
    public const string Finished = "documents.incoming.finished";
    public const string FinishedWithDeadline = "documents.incoming.finished_with_deadline";
    public const string FinishedOnTime = "documents.incoming.finished_on_time";
    public const string Pending = "documents.incoming.pending";
    public const string Overdue = "documents.incoming.overdue";
    public const string Issued = "documents.outgoing.issued";
    public const string IssuedSigned = "documents.outgoing.issued_signed";

    private static readonly string Rd = StatisticsDays.Sql("received_at");
    private static readonly string Fd = StatisticsDays.Sql("finished_at");
    private static readonly string Id = StatisticsDays.Sql("issued_at");

    public string Name => "documents";

    public IReadOnlyList<FactDefinition> Facts { get; } =
    [
        new(Received, FactKind.Flow, "Văn bản đến được tiếp nhận trong ngày (trừ văn bản mật, văn bản bị thu hồi)"),
        new(ReceivedElectronic, FactKind.Flow, "…trong đó nhận qua môi trường điện tử (liên thông trên nền tảng)"),
        new(Finished, FactKind.Flow, "Văn bản đến hoàn thành xử lý trong ngày"),
        new(FinishedWithDeadline, FactKind.Flow, "…trong đó có hạn xử lý"),
        new(FinishedOnTime, FactKind.Flow, "…trong đó hoàn thành không muộn hơn hạn xử lý"),
        new(Pending, FactKind.Stock, "Văn bản đến chưa hoàn thành cuối ngày"),
        new(Overdue, FactKind.Stock, "…trong đó đã quá hạn xử lý"),
        new(Issued, FactKind.Flow, "Văn bản đi ban hành trong ngày (trừ văn bản mật)"),
        new(IssuedSigned, FactKind.Flow, "…trong đó có chữ ký số"),
    ];

    public async Task<DateOnly?> FirstDayAsync(CancellationToken ct)
    {
        await using var cmd = await CommandAsync(
            $"select least((select min({Rd}) from documents.incoming_documents), (select min({Id}) from documents.outgoing_documents))", ct);
        return await cmd.ExecuteScalarAsync(ct) is DateOnly d ? d : null;
    }

    public async Task<IReadOnlyCollection<TenantDay>> ChangedSinceAsync(DateTimeOffset since, CancellationToken ct)
    {
        await using var cmd = await CommandAsync(
            $"""
            select tenant_id, d from (
              select tenant_id, {Rd} as d from documents.incoming_documents where updated_at >= @s
              union select tenant_id, {Fd} from documents.incoming_documents where updated_at >= @s and finished_at is not null
              union select tenant_id, {Id} from documents.outgoing_documents where updated_at >= @s and issued_at is not null
            ) x
            """, ct);
        cmd.Parameters.AddWithValue("s", since.UtcDateTime);
        var set = new HashSet<TenantDay>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            set.Add(new TenantDay(r.GetGuid(0), r.GetFieldValue<DateOnly>(1)));
        }
        return set;
    }

    public async Task<IReadOnlyList<DailyFact>> ComputeAsync(FactRequest request, CancellationToken ct)
    {
        var facts = new List<DailyFact>();
        var from = StatisticsDays.StartUtc(request.From).UtcDateTime;
        var until = StatisticsDays.StartUtc(request.To.AddDays(1)).UtcDateTime;

        await ReadFlowsAsync(facts, request,
            $"""
            select tenant_id, {Rd}, count(*), count(*) filter (where source = 'platform')
            from documents.incoming_documents
            where tenant_id = any(@t) and received_at >= @f and received_at < @u and secrecy = 0 and status <> 'recalled'
            group by 1, 2
            """, from, until, [Received, ReceivedElectronic], ct);
        await ReadFlowsAsync(facts, request,
            $"""
            select tenant_id, {Fd}, count(*), count(*) filter (where processing_deadline is not null),
                   count(*) filter (where processing_deadline is not null and {Fd} <= processing_deadline)
            from documents.incoming_documents
            where tenant_id = any(@t) and finished_at >= @f and finished_at < @u and secrecy = 0 and status = 'done'
            group by 1, 2
            """, from, until, [Finished, FinishedWithDeadline, FinishedOnTime], ct);
        await ReadFlowsAsync(facts, request,
            $"""
            select tenant_id, {Id}, count(*), count(*) filter (where signed_file_sha256 is not null and exists (
                     select 1 from documents.attachments a
                     where a.tenant_id = o.tenant_id and a.owner_kind = 'outgoing' and a.owner_id = o.id
                       and a.purpose = 'signed' and a.sha256 = o.signed_file_sha256 and a.signature_status = 'valid'))
            from documents.outgoing_documents o
            where tenant_id = any(@t) and issued_at >= @f and issued_at < @u and secrecy = 0
            group by 1, 2
            """, from, until, [Issued, IssuedSigned], ct);
        await ReadStocksAsync(facts, request, until, ct);
        return facts;
    }

    /// <summary>
    /// Backlog levels from entry/exit events: a document enters "pending" the day it is received and leaves the
    /// day it is finished; it enters "overdue" the day after its deadline (if still open then) and leaves when
    /// finished. Returned and recalled documents never count as backlog.
    /// </summary>
    private async Task ReadStocksAsync(List<DailyFact> facts, FactRequest request, DateTime until, CancellationToken ct)
    {
        await using var cmd = await CommandAsync(
            $"""
            with d as (
              select tenant_id, {Rd} as rd, case when finished_at is not null then {Fd} end as fd, processing_deadline as dl
              from documents.incoming_documents
              where tenant_id = any(@t) and received_at < @u and secrecy = 0 and status not in ('returned', 'recalled')
            ), o as (
              select tenant_id, greatest(rd, dl + 1) as od, fd from d where dl is not null
            )
            select tenant_id, kind, day, sum(delta)::bigint from (
              select tenant_id, 'p' as kind, rd as day, 1 as delta from d
              union all select tenant_id, 'p', fd, -1 from d where fd is not null
              union all select tenant_id, 'o', od, 1 from o where fd is null or fd > od
              union all select tenant_id, 'o', fd, -1 from o where fd is not null and fd > od
            ) e where day <= @to
            group by 1, 2, 3
            """, ct);
        cmd.Parameters.AddWithValue("t", NpgsqlDbType.Array | NpgsqlDbType.Uuid, request.TenantIds.ToArray());
        cmd.Parameters.AddWithValue("u", until);
        cmd.Parameters.AddWithValue("to", request.To);
        var pending = new List<(Guid, DateOnly, long)>();
        var overdue = new List<(Guid, DateOnly, long)>();
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                var row = (r.GetGuid(0), r.GetFieldValue<DateOnly>(2), r.GetInt64(3));
                (r.GetString(1) == "p" ? pending : overdue).Add(row);
            }
        }
        facts.AddRange(StockSeries.Accumulate(Pending, pending, request.From, request.To));
        facts.AddRange(StockSeries.Accumulate(Overdue, overdue, request.From, request.To));
    }

    private async Task ReadFlowsAsync(List<DailyFact> facts, FactRequest request, string sql, DateTime from, DateTime until,
        string[] names, CancellationToken ct)
    {
        await using var cmd = await CommandAsync(sql, ct);
        cmd.Parameters.AddWithValue("t", NpgsqlDbType.Array | NpgsqlDbType.Uuid, request.TenantIds.ToArray());
        cmd.Parameters.AddWithValue("f", from);
        cmd.Parameters.AddWithValue("u", until);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var tenant = r.GetGuid(0);
            var day = r.GetFieldValue<DateOnly>(1);
            for (var i = 0; i < names.Length; i++)
            {
                var value = r.GetInt64(i + 2);
                if (value != 0)
                {
                    facts.Add(new DailyFact(tenant, day, names[i], "", value));
                }
            }
        }
    }

    private async Task<NpgsqlCommand> CommandAsync(string sql, CancellationToken ct)
    {
        var conn = await session.GetConnectionAsync(ct);
        return new NpgsqlCommand(sql, conn, session.Transaction) { CommandTimeout = 300 };
    }
}

using Npgsql;
using NpgsqlTypes;
using Saas.Platform.Data;
using Saas.Platform.Statistics;

namespace Saas.OneStop.Statistics;

/// <summary>
/// Daily facts of the one-stop shop for the statistics module (docs/indicators.md §3). Counted on the receiving
/// tenant's record only (a department's copy of a commune's application is not counted twice). Processing time is
/// calendar time from valid receipt to end of processing minus the citizen's supplement waiting time.
/// </summary>
public sealed class OneStopFactSource(TenantDataSession session) : IIndicatorFactSource
{
    private static readonly string Rd = StatisticsDays.Sql("a.received_at");
    private static readonly string Fd = StatisticsDays.Sql("a.finished_at");
    private static readonly string Td = StatisticsDays.Sql("r.rated_at");

    public string Name => "onestop";

    public IReadOnlyList<FactDefinition> Facts { get; } =
    [
        new("onestop.received", FactKind.Flow, "Hồ sơ được tiếp nhận (theo kênh, theo thủ tục)"),
        new("onestop.finished", FactKind.Flow, "Hồ sơ kết thúc xử lý"),
        new("onestop.finished_early", FactKind.Flow, "…trước hạn"),
        new("onestop.finished_on_time", FactKind.Flow, "…đúng hạn"),
        new("onestop.finished_late", FactKind.Flow, "…quá hạn (kể cả yêu cầu bổ sung quá một lần)"),
        new("onestop.processing_minutes", FactKind.Flow, "Tổng số phút giải quyết (trừ thời gian chờ bổ sung)"),
        new("onestop.supplemented", FactKind.Flow, "Hồ sơ kết thúc có yêu cầu bổ sung"),
        new("onestop.rated", FactKind.Flow, "Lượt đánh giá"),
        new("onestop.rated_satisfied", FactKind.Flow, "…hài lòng trở lên (mức chung ≥ 4/5)"),
        new("onestop.complaints", FactKind.Flow, "Hồ sơ kết thúc bị đánh giá không hài lòng (mức chung ≤ 2/5)"),
        new("onestop.result_required", FactKind.Flow, "Hồ sơ có kết quả (đã xử lý xong, đã trả)"),
        new("onestop.electronic_result", FactKind.Flow, "…có kết quả điện tử đính kèm"),
        new("onestop.digitised", FactKind.Flow, "…có thành phần hồ sơ số hóa và kết quả điện tử"),
        new("onestop.procedures", FactKind.Stock, "Thủ tục đang áp dụng (danh mục hiện hành)"),
        new("onestop.procedures_online", FactKind.Stock, "…có dịch vụ công trực tuyến một phần hoặc toàn trình (mức 3–4)"),
        new("onestop.pending_in_time", FactKind.Stock, "Hồ sơ đang giải quyết trong hạn cuối ngày"),
        new("onestop.pending_overdue", FactKind.Stock, "Hồ sơ đang giải quyết quá hạn cuối ngày"),
    ];

    public async Task<DateOnly?> FirstDayAsync(CancellationToken ct)
    {
        await using var cmd = await CommandAsync($"select min({Rd}) from onestop.applications a where a.received_at is not null", ct);
        return await cmd.ExecuteScalarAsync(ct) is DateOnly d ? d : null;
    }

    public async Task<IReadOnlyCollection<TenantDay>> ChangedSinceAsync(DateTimeOffset since, CancellationToken ct)
    {
        await using var cmd = await CommandAsync(
            $"""
            select a.tenant_id, {Rd}, case when a.finished_at is not null then {Fd} end
            from onestop.applications a where a.updated_at >= @s and a.received_at is not null and a.origin_application_id is null
            union
            -- A rating moves the rating day and, as a complaint, the application's end-of-processing day.
            select r.tenant_id, {Td}, {Fd} from onestop.ratings r
              join onestop.applications a on a.tenant_id = r.tenant_id and a.id = r.application_id where r.rated_at >= @s
            union
            select p.tenant_id, {StatisticsDays.Sql("p.updated_at")}, null from onestop.procedures p where p.updated_at >= @s
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
        // Days without any pending application simply have no stock rows: the writer replaces the whole range.
        await using var cmd = await CommandAsync(
            $"""
            with apps as (
              -- Only what touches the range: received or finished in it, or still pending during it.
              select a.tenant_id, a.id, a.status, a.channel, a.procedure_code, a.received_at, a.finished_at, a.timeliness, a.supplement_count,
                     coalesce(a.extended_appointment_at, a.appointment_at) as due
              from onestop.applications a
              where a.tenant_id = any(@t) and a.received_at is not null and a.origin_application_id is null
                and a.received_at < @u and (a.finished_at is null or a.finished_at >= @f)
            )
            select tenant_id, {Rd.Replace("a.", "")}, 'onestop.received', '' , count(*) from apps a where a.received_at >= @f group by 1, 2
            union all
            select tenant_id, {Rd.Replace("a.", "")}, 'onestop.received', 'channel:' || channel, count(*) from apps a where a.received_at >= @f group by 1, 2, 4
            union all
            select tenant_id, {Rd.Replace("a.", "")}, 'onestop.received', 'procedure:' || procedure_code, count(*) from apps a where a.received_at >= @f group by 1, 2, 4
            union all
            select tenant_id, {Fd.Replace("a.", "")}, 'onestop.finished', '', count(*) from apps a where a.finished_at < @u group by 1, 2
            union all
            select tenant_id, {Fd.Replace("a.", "")}, 'onestop.finished_' || replace(timeliness, '-', '_'), '', count(*)
              from apps a where a.finished_at < @u and timeliness is not null group by 1, 2, 3
            union all
            select a.tenant_id, {Fd}, 'onestop.processing_minutes', '',
                   round(sum(greatest(extract(epoch from (a.finished_at - a.received_at)) / 60
                     - coalesce((select sum(extract(epoch from (coalesce(p.completed_at, a.finished_at) - p.requested_at)) / 60)
                                 from onestop.pauses p where p.tenant_id = a.tenant_id and p.application_id = a.id and p.kind = 'supplement'), 0), 0)))::bigint
              from apps a where a.finished_at < @u group by 1, 2
            union all
            select tenant_id, {Fd.Replace("a.", "")}, 'onestop.supplemented', '', count(*) from apps a where a.finished_at < @u and supplement_count > 0 group by 1, 2
            union all
            select r.tenant_id, {Td}, 'onestop.rated', '', count(*) from onestop.ratings r
              where r.tenant_id = any(@t) and r.rated_at >= @f and r.rated_at < @u group by 1, 2
            union all
            select r.tenant_id, {Td}, 'onestop.rated_satisfied', '', count(*) from onestop.ratings r
              where r.tenant_id = any(@t) and r.rated_at >= @f and r.rated_at < @u and (r.scores->>'overall')::int >= 4 group by 1, 2
            union all
            select a.tenant_id, {Fd}, f.fact, '', count(*)
              from apps a
              cross join lateral (
                select exists (select 1 from onestop.application_files x where x.tenant_id = a.tenant_id and x.application_id = a.id and x.purpose = 'result') as electronic,
                       exists (select 1 from onestop.application_files x where x.tenant_id = a.tenant_id and x.application_id = a.id and x.purpose in ('paper', 'supplement')) as scanned) e
              cross join lateral (values ('onestop.result_required', true), ('onestop.electronic_result', e.electronic),
                                         ('onestop.digitised', e.electronic and e.scanned)) f(fact, counted)
              where a.finished_at < @u and a.status in (9, 10) and f.counted
              group by 1, 2, 3
            union all
            -- Complaints: the platform has no complaint register (PAKN); a "not satisfied" rating stands for one.
            select a.tenant_id, {Fd}, 'onestop.complaints', '', count(*) from apps a
              where a.finished_at < @u and exists (select 1 from onestop.ratings r where r.tenant_id = a.tenant_id and r.application_id = a.id
                                                   and (r.scores->>'overall')::int <= 2)
              group by 1, 2
            union all
            -- The catalogue keeps no history: every day of the range shows today's catalogue.
            select p.tenant_id, g.d::date, f.fact, '', count(*)
              from onestop.procedures p
              cross join generate_series(@fd::date, @td::date, interval '1 day') g(d)
              cross join lateral (values ('onestop.procedures', true), ('onestop.procedures_online', p.online_level >= 3)) f(fact, counted)
              where p.tenant_id = any(@t) and p.active and f.counted
              group by 1, 2, 3
            union all
            -- Pending at the end of day d: received by then, not finished by then (whatever its status today), each
            -- application expanded over its own pending days only; overdue once its appointment day has come.
            select a.tenant_id, g.d::date,
                   case when a.due is not null and {StatisticsDays.Sql("a.due")} <= g.d::date then 'onestop.pending_overdue' else 'onestop.pending_in_time' end,
                   '', count(*)
              from apps a
              cross join lateral generate_series(greatest({Rd}, @fd::date), least(coalesce({Fd} - 1, @td::date), @td::date), interval '1 day') g(d)
              group by 1, 2, 3
            """, ct);
        cmd.Parameters.AddWithValue("t", NpgsqlDbType.Array | NpgsqlDbType.Uuid, request.TenantIds.ToArray());
        cmd.Parameters.AddWithValue("f", StatisticsDays.StartUtc(request.From).UtcDateTime);
        cmd.Parameters.AddWithValue("u", StatisticsDays.StartUtc(request.To.AddDays(1)).UtcDateTime);
        cmd.Parameters.AddWithValue("fd", request.From);
        cmd.Parameters.AddWithValue("td", request.To);
        var facts = new List<DailyFact>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var value = r.GetInt64(4);
            if (value != 0)
            {
                facts.Add(new DailyFact(r.GetGuid(0), r.GetFieldValue<DateOnly>(1), r.GetString(2), r.GetString(3), value));
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

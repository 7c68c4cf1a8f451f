using NpgsqlTypes;

namespace Saas.Statistics.Rollup;

/// <summary>Bookkeeping of roll-up runs and their chunks in <c>statistics.rollup_runs</c> / <c>rollup_chunks</c>.</summary>
public sealed class RollupRunStore(StatisticsDb db)
{
    public sealed record Chunk(int Number, string? Placement, IReadOnlyList<Guid> Tenants, bool Done);

    public sealed record Run(long Id, string Kind, DateOnly From, DateOnly To, DateTimeOffset StartedAt, IReadOnlyList<Chunk> Chunks);

    /// <summary>The latest unfinished run of this kind, if any (it died, was cancelled or failed).</summary>
    public async Task<Run?> FindUnfinishedAsync(string kind, CancellationToken ct)
    {
        await using var c = await db.ForPlatformAsync(ct);
        long id;
        DateOnly from, to;
        DateTimeOffset started;
        await using (var cmd = c.Command(
            "select id, range_from, range_to, started_at from statistics.rollup_runs where kind = @k and finished_at is null order by id desc limit 1"))
        {
            cmd.Parameters.AddWithValue("k", kind);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            if (!await r.ReadAsync(ct))
            {
                return null;
            }
            (id, from, to, started) = (r.GetInt64(0), r.GetFieldValue<DateOnly>(1), r.GetFieldValue<DateOnly>(2), r.GetFieldValue<DateTimeOffset>(3));
        }
        var chunks = new List<Chunk>();
        await using (var cmd = c.Command("select chunk, placement, tenant_ids, done_at is not null from statistics.rollup_chunks where run_id = @id order by chunk"))
        {
            cmd.Parameters.AddWithValue("id", id);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                var placement = r.GetString(1);
                chunks.Add(new Chunk(r.GetInt32(0), placement.Length == 0 ? null : placement, r.GetFieldValue<Guid[]>(2), r.GetBoolean(3)));
            }
        }
        return new Run(id, kind, from, to, started, chunks);
    }

    public async Task<Run> CreateAsync(string kind, DateOnly from, DateOnly to, string node, DateTimeOffset now,
        IReadOnlyList<(string? Placement, IReadOnlyList<Guid> Tenants)> chunks, CancellationToken ct)
    {
        await using var c = await db.ForPlatformAsync(ct);
        long id;
        await using (var cmd = c.Command(
            """
            insert into statistics.rollup_runs(kind, range_from, range_to, node, started_at, status, chunks)
            values (@k, @f, @t, @n, @s, 'running', @c) returning id
            """))
        {
            cmd.Parameters.AddWithValue("k", kind);
            cmd.Parameters.AddWithValue("f", from);
            cmd.Parameters.AddWithValue("t", to);
            cmd.Parameters.AddWithValue("n", node);
            cmd.Parameters.AddWithValue("s", now);
            cmd.Parameters.AddWithValue("c", chunks.Count);
            id = (long)(await cmd.ExecuteScalarAsync(ct))!;
        }
        var list = new List<Chunk>();
        for (var i = 0; i < chunks.Count; i++)
        {
            await using var cmd = c.Command("insert into statistics.rollup_chunks(run_id, chunk, placement, tenant_ids) values (@r, @c, @p, @t)");
            cmd.Parameters.AddWithValue("r", id);
            cmd.Parameters.AddWithValue("c", i);
            cmd.Parameters.AddWithValue("p", chunks[i].Placement ?? "");
            cmd.Parameters.AddWithValue("t", NpgsqlDbType.Array | NpgsqlDbType.Uuid, chunks[i].Tenants.ToArray());
            await cmd.ExecuteNonQueryAsync(ct);
            list.Add(new Chunk(i, chunks[i].Placement, chunks[i].Tenants, false));
        }
        await c.CommitAsync(ct);
        return new Run(id, kind, from, to, now, list);
    }

    /// <summary>Marks a chunk done inside the transaction that wrote its facts: both commit or neither does.</summary>
    public static async Task MarkChunkDoneAsync(StatisticsConnection c, long runId, int chunk, long facts, CancellationToken ct)
    {
        await using var cmd = c.Command(
            """
            update statistics.rollup_chunks set done_at = now(), facts = @n where run_id = @r and chunk = @c;
            update statistics.rollup_runs set facts = facts + @n where id = @r;
            """);
        cmd.Parameters.AddWithValue("n", facts);
        cmd.Parameters.AddWithValue("r", runId);
        cmd.Parameters.AddWithValue("c", chunk);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task SetStatusAsync(long runId, string status, string node, bool finished, string? error)
    {
        // Never cancelled itself: the outcome of a cancelled run must still be written down.
        await using var c = await db.ForPlatformAsync(CancellationToken.None);
        await using var cmd = c.Command(
            "update statistics.rollup_runs set status = @s, node = @n, error = @e, finished_at = case when @f then now() end where id = @r");
        cmd.Parameters.AddWithValue("s", status);
        cmd.Parameters.AddWithValue("n", node);
        cmd.Parameters.AddWithValue("e", NpgsqlDbType.Text, (object?)error ?? DBNull.Value);
        cmd.Parameters.AddWithValue("f", finished);
        cmd.Parameters.AddWithValue("r", runId);
        await cmd.ExecuteNonQueryAsync(CancellationToken.None);
        await c.CommitAsync(CancellationToken.None);
    }

    public async Task<long> RecordIncrementalAsync(DateOnly? from, DateOnly to, string node, DateTimeOffset started, long facts, CancellationToken ct)
    {
        await using var c = await db.ForPlatformAsync(ct);
        await using var cmd = c.Command(
            """
            insert into statistics.rollup_runs(kind, range_from, range_to, node, started_at, finished_at, status, facts, chunks)
            values ('incremental', @f, @t, @n, @s, now(), 'succeeded', @x, 0) returning id
            """);
        cmd.Parameters.AddWithValue("f", NpgsqlDbType.Date, (object?)from ?? DBNull.Value);
        cmd.Parameters.AddWithValue("t", to);
        cmd.Parameters.AddWithValue("n", node);
        cmd.Parameters.AddWithValue("s", started);
        cmd.Parameters.AddWithValue("x", facts);
        var id = (long)(await cmd.ExecuteScalarAsync(ct))!;
        await c.CommitAsync(ct);
        return id;
    }

    /// <summary>The latest runs, newest first, with their duration so far (for the platform's job page and API).</summary>
    public async Task<IReadOnlyList<RollupRunDto>> ListAsync(int limit, CancellationToken ct)
    {
        await using var c = await db.ForPlatformAsync(ct);
        await using var cmd = c.Command(
            """
            select id, kind, range_from, range_to, node, started_at, finished_at, status, facts, chunks, error,
                   extract(epoch from (coalesce(finished_at, now()) - started_at))::float8
            from statistics.rollup_runs order by id desc limit @l
            """);
        cmd.Parameters.AddWithValue("l", limit);
        var list = new List<RollupRunDto>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            list.Add(new RollupRunDto(r.GetInt64(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetFieldValue<DateOnly>(2),
                r.IsDBNull(3) ? null : r.GetFieldValue<DateOnly>(3), r.GetString(4), r.GetFieldValue<DateTimeOffset>(5),
                r.IsDBNull(6) ? null : r.GetFieldValue<DateTimeOffset>(6), r.GetString(7), r.GetInt64(8), r.GetInt32(9),
                r.IsDBNull(10) ? null : r.GetString(10), r.GetDouble(11)));
        }
        return list;
    }
}

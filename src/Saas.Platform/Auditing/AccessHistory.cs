using Npgsql;
using NpgsqlTypes;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;

namespace Saas.Platform.Auditing;

internal sealed class AccessHistory(TenantDataSession session, ICurrentTenant currentTenant, IAuditActor actor, TimeProvider clock) : IAccessHistory
{
    public async Task RecordAsync(string itemKind, string itemId, string action, string? partId = null, string? partName = null, CancellationToken ct = default)
    {
        var tenant = currentTenant.Id ?? throw new InvalidOperationException("An access entry needs a tenant.");
        var conn = await session.GetConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand(
            """
            insert into audit.access_log(tenant_id, id, occurred_at, actor_id, actor_name, item_kind, item_id, action, part_id, part_name)
            values (@t, @id, @at, @uid, @uname, @k, @i, @a, @p, @pn)
            """, conn, session.Transaction);
        cmd.Parameters.AddWithValue("t", tenant);
        cmd.Parameters.AddWithValue("id", Guid.CreateVersion7());
        cmd.Parameters.AddWithValue("at", clock.GetUtcNow().UtcDateTime);
        cmd.Parameters.AddWithValue("uid", actor.UserId ?? "anonymous");
        cmd.Parameters.AddWithValue("uname", actor.UserName ?? actor.UserId ?? "anonymous");
        cmd.Parameters.AddWithValue("k", itemKind);
        cmd.Parameters.AddWithValue("i", itemId);
        cmd.Parameters.AddWithValue("a", action);
        cmd.Parameters.AddWithValue("p", NpgsqlDbType.Text, (object?)partId ?? DBNull.Value);
        cmd.Parameters.AddWithValue("pn", NpgsqlDbType.Text, (object?)partName ?? DBNull.Value);
        await cmd.ExecuteNonQueryAsync(ct);
        await session.CommitAsync(ct);
    }

    public async Task<IReadOnlyList<AccessEntry>> ForItemAsync(string itemKind, string itemId, int limit = 200, CancellationToken ct = default)
    {
        var conn = await session.GetConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand(
            """
            select occurred_at, actor_id, actor_name, action, part_id, part_name from audit.access_log
            where item_kind = @k and item_id = @i order by occurred_at desc limit @n
            """, conn, session.Transaction);
        cmd.Parameters.AddWithValue("k", itemKind);
        cmd.Parameters.AddWithValue("i", itemId);
        cmd.Parameters.AddWithValue("n", Math.Clamp(limit, 1, 1000));
        var list = new List<AccessEntry>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            list.Add(new AccessEntry(new DateTimeOffset(reader.GetDateTime(0), TimeSpan.Zero), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5)));
        }
        return list;
    }

    public async Task<IReadOnlyList<AccessCount>> CountsAsync(string itemKind, DateOnly from, DateOnly to, int limit = 100, CancellationToken ct = default)
    {
        var conn = await session.GetConnectionAsync(ct);
        // Local (Asia/Ho_Chi_Minh, UTC+7, no daylight saving) calendar days → UTC instants.
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7)).UtcDateTime;
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7)).UtcDateTime;
        await using var cmd = new NpgsqlCommand(
            """
            select item_id, count(*) filter (where action = 'view'), count(*) filter (where action <> 'view'),
                   count(distinct actor_id), max(occurred_at)
            from audit.access_log where item_kind = @k and occurred_at >= @s and occurred_at < @e
            group by item_id order by count(*) desc, max(occurred_at) desc limit @n
            """, conn, session.Transaction);
        cmd.Parameters.AddWithValue("k", itemKind);
        cmd.Parameters.AddWithValue("s", start);
        cmd.Parameters.AddWithValue("e", end);
        cmd.Parameters.AddWithValue("n", Math.Clamp(limit, 1, 1000));
        var list = new List<AccessCount>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            list.Add(new AccessCount(reader.GetString(0), (int)reader.GetInt64(1), (int)reader.GetInt64(2), (int)reader.GetInt64(3),
                new DateTimeOffset(reader.GetDateTime(4), TimeSpan.Zero)));
        }
        return list;
    }
}

using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;

namespace Saas.Platform.Auditing;

internal sealed class AuditTrail(
    TenantDataSession session,
    ICurrentTenant currentTenant,
    IAuditActor actor,
    TimeProvider clock) : IAuditTrail
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task RecordAsync(
        string action, string entityType, string entityId, object? before, object? after,
        Guid? tenantId = null, CancellationToken ct = default)
    {
        var tenant = tenantId ?? currentTenant.Id
            ?? throw new InvalidOperationException("An audit entry needs a tenant.");
        var conn = await session.GetConnectionAsync(ct);

        // The chain head row is the per-tenant lock: a concurrent writer of the same tenant waits on it,
        // writers of other tenants do not. Sequence, previous hash and new hash are taken in one statement.
        await using var cmd = new NpgsqlCommand(
            """
            insert into audit.chain_heads(tenant_id, last_seq, last_hash) values (@t, 0, '\x'::bytea) on conflict do nothing;
            with head as (
              select last_seq + 1 as seq, last_hash as prev from audit.chain_heads where tenant_id = @t for update
            ), entry as (
              insert into audit.entries(tenant_id, seq, id, occurred_at, actor_id, actor_name, action, entity_type, entity_id,
                                        before, after, correlation_id, prev_hash, hash)
              select @t, head.seq, @id, @at, @uid, @uname, @a, @et, @eid, @b, @af, @cid, head.prev,
                     audit.entry_hash(head.prev, @t, head.seq, @at, @uid, @a, @et, @eid, @b, @af)
              from head
              returning seq, hash
            )
            update audit.chain_heads h set last_seq = entry.seq, last_hash = entry.hash
            from entry where h.tenant_id = @t;
            """, conn, session.Transaction);
        cmd.Parameters.AddWithValue("t", tenant);
        cmd.Parameters.AddWithValue("id", Guid.CreateVersion7());
        cmd.Parameters.AddWithValue("at", clock.GetUtcNow().UtcDateTime);
        cmd.Parameters.AddWithValue("uid", NpgsqlDbType.Text, (object?)actor.UserId ?? DBNull.Value);
        cmd.Parameters.AddWithValue("uname", NpgsqlDbType.Text, (object?)actor.UserName ?? DBNull.Value);
        cmd.Parameters.AddWithValue("a", action);
        cmd.Parameters.AddWithValue("et", entityType);
        cmd.Parameters.AddWithValue("eid", entityId);
        cmd.Parameters.AddWithValue("b", NpgsqlDbType.Jsonb, before is null ? DBNull.Value : JsonSerializer.Serialize(before, Json));
        cmd.Parameters.AddWithValue("af", NpgsqlDbType.Jsonb, after is null ? DBNull.Value : JsonSerializer.Serialize(after, Json));
        cmd.Parameters.AddWithValue("cid", NpgsqlDbType.Text, (object?)actor.CorrelationId ?? DBNull.Value);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}

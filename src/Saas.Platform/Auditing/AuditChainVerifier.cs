using Npgsql;
using Saas.Platform.Data;

namespace Saas.Platform.Auditing;

/// <summary>Recomputes a tenant's chain; the first entry whose link or hash does not match shows where tampering happened.</summary>
public sealed class AuditChainVerifier(TenantDataSession session)
{
    public async Task<long?> FindFirstBrokenAsync(Guid tenantId, CancellationToken ct = default)
    {
        var conn = await session.GetConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand(
            """
            select seq from (
              select seq, hash, prev_hash,
                     audit.entry_hash(prev_hash, tenant_id, seq, occurred_at, actor_id, action, entity_type, entity_id, before, after) as computed,
                     coalesce(lag(hash) over (order by seq), '\x'::bytea) as expected_prev,
                     lag(seq) over (order by seq) as prev_seq
              from audit.entries where tenant_id = @t
            ) c
            where hash <> computed or prev_hash <> expected_prev or seq <> coalesce(prev_seq, 0) + 1
            order by seq limit 1
            """, conn, session.Transaction);
        cmd.Parameters.AddWithValue("t", tenantId);
        return await cmd.ExecuteScalarAsync(ct) is long seq ? seq : null;
    }
}

using Npgsql;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;

namespace Saas.Platform.Concurrency;

public enum ClaimResult
{
    /// <summary>The row is locked for this unit of work and will carry a new version when it commits.</summary>
    Claimed,

    /// <summary>No such row in the tenant: the operation itself answers (404), nothing is claimed.</summary>
    Missing,

    /// <summary>If-Match named another version: someone changed the item meanwhile.</summary>
    Stale,
}

/// <summary>
/// Versions of aggregate roots for optimistic concurrency, read and claimed in the unit of work's own transaction.
/// Claiming locks the root row (<c>FOR UPDATE</c>) until the operation commits, so nothing can slip in between the
/// If-Match comparison and the change, and rewrites it unchanged, so that its <c>xmin</c> moves with every state change
/// of the aggregate — also one that only adds a child row (an assignment, an attached document, a file).
/// </summary>
public sealed class RowVersions(TenantDataSession session, ICurrentTenant tenant, IEnumerable<VersionedTable> tables)
{
    private readonly Dictionary<string, VersionedTable> _tables = tables.ToDictionary(t => t.Kind);

    /// <summary>The version the aggregate will have once the claiming unit of work has committed; null before.</summary>
    public string? Committed { get; private set; }

    public Task<string?> ReadAsync(string kind, string key, CancellationToken ct) => QueryAsync(kind, key, "", ct);

    public async Task<ClaimResult> ClaimAsync(string kind, string key, string? ifMatch, CancellationToken ct)
    {
        var current = await QueryAsync(kind, key, " for update", ct);
        if (current is null)
        {
            return ClaimResult.Missing;
        }
        if (ifMatch is not null && !EntityTags.Matches(ifMatch, current))
        {
            return ClaimResult.Stale;
        }
        var t = _tables[kind];
        await using (var bump = await CommandAsync($"update {t.Table} set tenant_id = tenant_id where tenant_id = @t and {t.KeyColumn} = @k::{t.KeyType}", key, ct))
        {
            await bump.ExecuteNonQueryAsync(ct);
        }
        // Read inside the transaction, after the operation's own writes (EF's savepoints give them sub-transaction ids),
        // while the row is still locked: exactly the version others will see after the commit.
        session.BeforeCommit(async c => Committed = await QueryAsync(kind, key, "", c));
        return ClaimResult.Claimed;
    }

    private async Task<string?> QueryAsync(string kind, string key, string suffix, CancellationToken ct)
    {
        if (key.Contains('\0', StringComparison.Ordinal))
        {
            // PostgreSQL text cannot hold NUL (22021): no row has such a key; the operation itself answers the bad input.
            return null;
        }
        var t = _tables[kind];
        await using var cmd = await CommandAsync($"select xmin::text from {t.Table} where tenant_id = @t and {t.KeyColumn} = @k::{t.KeyType}{suffix}", key, ct);
        return await cmd.ExecuteScalarAsync(ct) as string;
    }

    private async Task<NpgsqlCommand> CommandAsync(string sql, string key, CancellationToken ct)
    {
        var connection = await session.GetConnectionAsync(ct);
        var cmd = new NpgsqlCommand(sql, connection, session.Transaction);
        cmd.Parameters.AddWithValue("t", tenant.Id ?? Guid.Empty);
        cmd.Parameters.AddWithValue("k", key);
        return cmd;
    }
}

using Npgsql;
using NpgsqlTypes;

namespace Saas.Platform.Demo;

/// <summary>
/// Bulk writing for the demo seeders: Npgsql binary COPY, row-level-security aware.
/// <para>
/// Row-level security is forced on every tenant table, and PostgreSQL refuses <c>COPY FROM</c> into a table with
/// RLS enabled for the current role ("COPY FROM not supported with row-level security") — the owner role included,
/// platform scope or not. So, unless the seeding role bypasses RLS (superuser or BYPASSRLS: direct COPY), rows are
/// COPYed into temporary tables of the transaction and moved with one <c>INSERT … SELECT</c> per table under
/// <c>app.platform_scope = on</c>, where the policies' WITH CHECK passes.
/// </para>
/// </summary>
public static class DemoCopy
{
    /// <summary>COPYs <paramref name="items"/> into <c>schema.table</c> (directly, or through a staging table); returns the rows written.</summary>
    public static async Task<long> CopyAsync<T>(
        NpgsqlConnection conn, NpgsqlTransaction tx, bool direct, string schema, string table, string[] columns, IEnumerable<T> items,
        Action<NpgsqlBinaryImporter, T> write)
    {
        var cols = string.Join(", ", columns);
        var target = direct ? $"{schema}.{table}" : "seed_" + table;
        if (!direct)
        {
            await ExecAsync(conn, tx, $"create temp table {target} on commit drop as select {cols} from {schema}.{table} with no data");
        }
        ulong n;
        await using (var w = await conn.BeginBinaryImportAsync($"copy {target} ({cols}) from stdin (format binary)"))
        {
            foreach (var item in items)
            {
                w.StartRow();
                write(w, item);
            }
            n = await w.CompleteAsync();
        }
        if (!direct && n > 0)
        {
            await ExecAsync(conn, tx, $"insert into {schema}.{table} ({cols}) select {cols} from {target}", timeout: 0);
        }
        return (long)n;
    }

    /// <summary>
    /// Opens the transaction of one tenant's batch: platform scope (the policies' WITH CHECK passes for the staging move),
    /// the tenant, and no wait for the WAL flush (a lost demo batch is simply seeded again).
    /// </summary>
    public static async Task<NpgsqlTransaction> BeginTenantBatchAsync(NpgsqlConnection conn, Guid tenant, string extraSettings = "")
    {
        var tx = await conn.BeginTransactionAsync();
        await using var cmd = new NpgsqlCommand(
            "select set_config('app.platform_scope', 'on', true), set_config('app.tenant_id', @t, true), " +
            "set_config('synchronous_commit', 'off', true)" + extraSettings, conn, tx);
        cmd.Parameters.AddWithValue("t", tenant.ToString());
        await cmd.ExecuteNonQueryAsync();
        return tx;
    }

    /// <summary>Opens a transaction in the platform scope, to read every tenant's rows of one database at once.</summary>
    public static async Task<NpgsqlTransaction> BeginPlatformScopeAsync(NpgsqlConnection conn)
    {
        var tx = await conn.BeginTransactionAsync();
        await ExecAsync(conn, tx, "select set_config('app.platform_scope', 'on', true)");
        return tx;
    }

    public static async Task ExecAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string sql, int timeout = 30)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx) { CommandTimeout = timeout };
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>Whether the connection's role may COPY into tables with forced row-level security (superuser or BYPASSRLS).</summary>
    public static async Task<bool> BypassesRlsAsync(string cs)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("select rolsuper or rolbypassrls from pg_roles where rolname = current_user", conn);
        return (bool)(await cmd.ExecuteScalarAsync())!;
    }

    /// <summary>VACUUM ANALYZE of the seeded tables (statistics for the planner, GIN pending list flushed).</summary>
    public static async Task VacuumAsync(string cs, IEnumerable<string> tables)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await ExecAsync(conn, null, $"vacuum (analyze) {string.Join(", ", tables)}", timeout: 0);
    }

    public static void Text(NpgsqlBinaryImporter w, string? value)
    {
        if (value is null)
        {
            w.WriteNull();
        }
        else
        {
            w.Write(value, NpgsqlDbType.Text);
        }
    }

    public static void Value<T>(NpgsqlBinaryImporter w, T? value, NpgsqlDbType type) where T : struct
    {
        if (value is { } v)
        {
            w.Write(v, type);
        }
        else
        {
            w.WriteNull();
        }
    }
}

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Saas.Platform.Data;

/// <summary>
/// Applies the modules' SQL scripts as the owner role. Plain SQL rather than EF migrations because the
/// interesting parts of this schema (row-level security policies, grants, append-only triggers, Quartz
/// tables) are not expressible in an EF model; see docs/ARCHITECTURE.md.
/// </summary>
public sealed class SchemaMigrator(
    IEnumerable<MigrationSource> sources,
    IOptions<DatabaseOptions> options,
    ILogger<SchemaMigrator> logger)
{
    /// <summary>Creates the database if missing, then applies every pending script. Returns applied names.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(string? placement = null, CancellationToken ct = default)
    {
        var ownerString = options.Value.ForPlacement(placement, owner: true);
        await EnsureDatabaseAsync(ownerString, ct);
        var applied = new List<string>();
        await using var conn = new NpgsqlConnection(ownerString);
        await conn.OpenAsync(ct);
        await using (var init = new NpgsqlCommand(
            """
            select pg_advisory_lock(727001);
            create table if not exists public.schema_migrations(
              module text not null, version text not null, applied_at timestamptz not null default now(),
              primary key (module, version));
            """, conn))
        {
            await init.ExecuteNonQueryAsync(ct);
        }
        try
        {
            foreach (var source in sources.OrderBy(s => s.Order))
            {
                foreach (var (version, sql) in source.Scripts())
                {
                    await using var check = new NpgsqlCommand(
                        "select 1 from public.schema_migrations where module = @m and version = @v", conn);
                    check.Parameters.AddWithValue("m", source.Module);
                    check.Parameters.AddWithValue("v", version);
                    if (await check.ExecuteScalarAsync(ct) is not null)
                    {
                        continue;
                    }
                    await using var tx = await conn.BeginTransactionAsync(ct);
                    await using (var run = new NpgsqlCommand(sql, conn, tx))
                    {
                        await run.ExecuteNonQueryAsync(ct);
                    }
                    await using (var record = new NpgsqlCommand(
                        "insert into public.schema_migrations(module, version) values (@m, @v)", conn, tx))
                    {
                        record.Parameters.AddWithValue("m", source.Module);
                        record.Parameters.AddWithValue("v", version);
                        await record.ExecuteNonQueryAsync(ct);
                    }
                    await tx.CommitAsync(ct);
                    applied.Add($"{source.Module}/{version}");
                    logger.LogInformation("Applied migration {Module}/{Version} to {Database}", source.Module, version, conn.Database);
                }
            }
        }
        finally
        {
            await using var unlock = new NpgsqlCommand("select pg_advisory_unlock(727001)", conn);
            await unlock.ExecuteNonQueryAsync(ct);
        }
        return applied;
    }

    private static async Task EnsureDatabaseAsync(string ownerString, CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(ownerString);
        var database = builder.Database ?? throw new InvalidOperationException("The owner connection string names no database.");
        builder.Database = "postgres";
        await using var conn = new NpgsqlConnection(builder.ConnectionString);
        await conn.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = @d", conn);
        exists.Parameters.AddWithValue("d", database);
        if (await exists.ExecuteScalarAsync(ct) is null)
        {
            await using var create = new NpgsqlCommand($"create database \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", conn);
            await create.ExecuteNonQueryAsync(ct);
        }
    }
}

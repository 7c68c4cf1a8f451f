using System.Data;
using Npgsql;

namespace Saas.Platform.Data;

/// <summary>
/// The one way a connection enters a tenant or the platform scope: a read-committed transaction whose
/// <c>app.tenant_id</c> and <c>app.platform_scope</c> are set with <c>set_config(..., true)</c>, transaction-local, so
/// that a pooled connection never carries them to the next user and row-level security applies to every statement.
/// Used by <see cref="TenantDataSession"/> (the unit of work) and by the statistics schema's connections; the connection
/// overload is for code that keeps one connection across many transactions, such as the demo seeders' batches.
/// </summary>
public static class ScopedTransaction
{
    /// <param name="tenantId">The tenant whose rows the transaction sees; null with <paramref name="platformScope"/> for cross-tenant work.</param>
    public static async Task<NpgsqlTransaction> BeginAsync(NpgsqlDataSource source, Guid? tenantId, bool platformScope, CancellationToken ct)
    {
        var connection = await source.OpenConnectionAsync(ct);
        try
        {
            return await BeginAsync(connection, tenantId, platformScope, ct);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The same on a connection the caller holds open across several transactions (a seeder's batches).</summary>
    public static async Task<NpgsqlTransaction> BeginAsync(NpgsqlConnection connection, Guid? tenantId, bool platformScope, CancellationToken ct)
    {
        if (tenantId is null && !platformScope)
        {
            throw new InvalidOperationException("A transaction is scoped to a tenant or to the platform.");
        }
        var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);
        await using var cmd = new NpgsqlCommand(
            "select set_config('app.tenant_id', @t, true), set_config('app.platform_scope', @p, true)", connection, transaction);
        cmd.Parameters.AddWithValue("t", tenantId?.ToString() ?? "");
        cmd.Parameters.AddWithValue("p", platformScope ? "on" : "off");
        await cmd.ExecuteNonQueryAsync(ct);
        return transaction;
    }
}

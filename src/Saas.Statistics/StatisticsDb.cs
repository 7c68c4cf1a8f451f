using Microsoft.Extensions.Options;
using Npgsql;
using Saas.Platform.Data;

namespace Saas.Statistics;

/// <summary>
/// Connections to the statistics schema, always in the shared database (facts of tenants placed in their own
/// database are rolled up here too). Like <see cref="TenantDataSession"/>, the tenant or the platform scope is set
/// transaction-locally, so row-level security applies to every read.
/// </summary>
public sealed class StatisticsDb(NpgsqlDataSourceRegistry sources, IOptions<DatabaseOptions> options)
{
    /// <summary>A transaction seeing only <paramref name="tenantId"/>'s facts.</summary>
    public Task<StatisticsConnection> ForTenantAsync(Guid tenantId, CancellationToken ct) => OpenAsync(tenantId.ToString(), "off", ct);

    /// <summary>The explicit cross-tenant scope: roll-ups and the province dashboard (which filters to the viewer's grant).</summary>
    public Task<StatisticsConnection> ForPlatformAsync(CancellationToken ct) => OpenAsync("", "on", ct);

    /// <summary>A plain connection for session-level advisory locks (not tied to a transaction).</summary>
    public async Task<NpgsqlConnection> OpenLockConnectionAsync(CancellationToken ct) =>
        await sources.Get(options.Value.ConnectionString).OpenConnectionAsync(ct);

    private async Task<StatisticsConnection> OpenAsync(string tenant, string platform, CancellationToken ct)
    {
        var conn = await sources.Get(options.Value.ConnectionString).OpenConnectionAsync(ct);
        var tx = await conn.BeginTransactionAsync(ct);
        await using var cmd = new NpgsqlCommand(
            "select set_config('app.tenant_id', @t, true), set_config('app.platform_scope', @p, true)", conn, tx);
        cmd.Parameters.AddWithValue("t", tenant);
        cmd.Parameters.AddWithValue("p", platform);
        await cmd.ExecuteNonQueryAsync(ct);
        return new StatisticsConnection(conn, tx);
    }
}

public sealed class StatisticsConnection(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
{
    public NpgsqlConnection Connection { get; } = connection;

    public NpgsqlTransaction Transaction { get; } = transaction;

    public NpgsqlCommand Command(string sql) => new(sql, Connection, Transaction) { CommandTimeout = 300 };

    public Task CommitAsync(CancellationToken ct) => Transaction.CommitAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync();
        await Connection.DisposeAsync();
    }
}

using Microsoft.Extensions.Options;
using Npgsql;
using Saas.Platform.Data;

namespace Saas.Statistics;

/// <summary>
/// Connections to the statistics schema, always in the shared database (facts of tenants placed in their own
/// database are rolled up here too). They enter the tenant or the platform scope exactly as <see cref="TenantDataSession"/>
/// does (<see cref="ScopedTransaction"/>), so row-level security applies to every read. Each connection is its own short
/// transaction rather than the request's session: that session lives in the tenant's placed database, and the province
/// pages have no tenant at all.
/// </summary>
public sealed class StatisticsDb(NpgsqlDataSourceRegistry sources, IOptions<DatabaseOptions> options)
{
    /// <summary>A transaction seeing only <paramref name="tenantId"/>'s facts.</summary>
    public Task<StatisticsConnection> ForTenantAsync(Guid tenantId, CancellationToken ct) => OpenAsync(tenantId, ct);

    /// <summary>The explicit cross-tenant scope: roll-ups and the province dashboard (which filters to the viewer's grant).</summary>
    public Task<StatisticsConnection> ForPlatformAsync(CancellationToken ct) => OpenAsync(null, ct);

    /// <summary>A plain connection for session-level advisory locks (not tied to a transaction).</summary>
    public async Task<NpgsqlConnection> OpenLockConnectionAsync(CancellationToken ct) =>
        await sources.Get(options.Value.ConnectionString).OpenConnectionAsync(ct);

    private async Task<StatisticsConnection> OpenAsync(Guid? tenantId, CancellationToken ct)
    {
        var tx = await ScopedTransaction.BeginAsync(sources.Get(options.Value.ConnectionString), tenantId, platformScope: tenantId is null, ct);
        return new StatisticsConnection(tx.Connection!, tx);
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

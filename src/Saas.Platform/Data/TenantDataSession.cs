using Microsoft.Extensions.Options;
using Npgsql;
using Saas.Platform.MultiTenancy;

namespace Saas.Platform.Data;

/// <summary>
/// One connection and one transaction per unit of work, opened lazily in the database where the current
/// tenant is placed. The tenant is set with <c>set_config(..., true)</c>: transaction-local, so a pooled
/// connection never carries it to the next request (<see cref="ScopedTransaction"/>). Without a tenant or platform scope
/// no session opens; a platform scope opens in the database it was bound to.
/// </summary>
public sealed class TenantDataSession(
    ICurrentTenant currentTenant,
    IOptions<DatabaseOptions> options,
    NpgsqlDataSourceRegistry dataSources) : IAsyncDisposable
{
    private readonly List<Action> _afterCommit = [];
    private readonly List<Func<CancellationToken, Task>> _beforeCommit = [];
    private NpgsqlConnection? _connection;
    private NpgsqlTransaction? _transaction;

    public bool IsOpen => _transaction is not null;

    public NpgsqlTransaction Transaction =>
        _transaction ?? throw new InvalidOperationException("The data session is not open.");

    public async Task<NpgsqlConnection> GetConnectionAsync(CancellationToken ct = default)
    {
        if (_connection is not null && _transaction is not null)
        {
            return _connection;
        }
        if (!currentTenant.IsPlatformScope && currentTenant.Tenant is null)
        {
            throw new InvalidOperationException("Tenant data was requested outside a tenant or platform scope.");
        }
        var dataSource = dataSources.Get(options.Value.ForPlacement(currentTenant.Placement));
        _transaction = await ScopedTransaction.BeginAsync(
            dataSource, currentTenant.IsPlatformScope ? null : currentTenant.Tenant!.Id, currentTenant.IsPlatformScope, ct);
        _connection = _transaction.Connection!;
        return _connection;
    }

    /// <summary>Runs once the current transaction has committed (e.g. wake the outbox dispatcher); dropped on rollback.</summary>
    public void AfterCommit(Action action) => _afterCommit.Add(action);

    /// <summary>Runs inside the transaction just before it commits (e.g. read the version a change leaves); dropped on rollback.</summary>
    public void BeforeCommit(Func<CancellationToken, Task> action) => _beforeCommit.Add(action);

    public async Task CommitAsync(CancellationToken ct = default)
    {
        if (_transaction is null)
        {
            return;
        }
        foreach (var action in _beforeCommit.ToList())
        {
            await action(ct);
        }
        _beforeCommit.Clear();
        await _transaction.CommitAsync(ct);
        await _transaction.DisposeAsync();
        _transaction = null;
        await _connection!.DisposeAsync();
        _connection = null;
        foreach (var action in _afterCommit)
        {
            action();
        }
        _afterCommit.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            // Not committed: the unit of work failed or only read. Either way nothing half-written survives.
            await _transaction.DisposeAsync();
            _transaction = null;
        }
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }
}

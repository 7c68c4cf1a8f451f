using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;

namespace Saas.Platform.Messaging;

/// <summary>
/// Delivers a module's outbox messages between tenants. Each database (shared and placed) is scanned in the platform
/// scope with FOR UPDATE SKIP LOCKED, so several nodes share the work without delivering twice; the target side is
/// written in the target tenant's own scope and database by <see cref="HandleAsync"/>, which must be idempotent
/// (a crash between the two commits redelivers).
/// </summary>
public abstract class OutboxDispatcher<TContext>(
    ITenantScopeFactory scopes,
    ITenantDirectory directory,
    OutboxSignal<TContext> signal,
    ILogger logger) : BackgroundService
    where TContext : DbContext, IOutboxContext
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);

    /// <summary>The module's outbox table, e.g. <c>documents.outbox</c>.</summary>
    protected abstract string Table { get; }

    /// <summary>Applies one message in the target tenant's scope (<paramref name="target"/>); the base commits it.</summary>
    protected abstract Task HandleAsync(OutboxMessage message, IServiceProvider target, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await DispatchOnceAsync(stoppingToken) > 0)
                {
                    continue;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Outbox dispatch of {Table} failed", Table);
            }
            try
            {
                await signal.WaitAsync(Poll, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass over every database; returns the number of messages handled.</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken ct)
    {
        var tenants = await directory.ActiveAsync(ct);
        var placements = tenants.Select(t => t.DatabaseConnectionString).Distinct().ToList();
        if (!placements.Contains(null))
        {
            placements.Add(null);
        }
        var handled = 0;
        foreach (var placement in placements)
        {
            handled += await DispatchDatabaseAsync(placement, ct);
        }
        return handled;
    }

    private async Task<int> DispatchDatabaseAsync(string? placement, CancellationToken ct)
    {
        await using var scope = scopes.CreatePlatformScope(placement);
        var session = scope.ServiceProvider.GetRequiredService<TenantDataSession>();
        await using var db = await scope.ServiceProvider.GetRequiredService<TenantDbContextFactory<TContext>>().CreateAsync(ct);
        // Table is a constant of the module's dispatcher, never input.
        var sql = "select * from " + Table + " where processed_at is null and attempts < 20 order by created_at limit 50 for update skip locked";
        var batch = await db.Outbox
            .FromSqlRaw(sql)
            .IgnoreQueryFilters() // the platform scope reads every tenant's outbox; the SQL stays uncomposed for the lock
            .ToListAsync(ct);
        foreach (var message in batch)
        {
            try
            {
                var target = await directory.FindByIdAsync(message.TargetTenantId, ct)
                    ?? throw new InvalidOperationException($"Unknown target tenant {message.TargetTenantId}");
                await using var targetScope = scopes.CreateTenantScope(target);
                await HandleAsync(message, targetScope.ServiceProvider, ct);
                await targetScope.ServiceProvider.GetRequiredService<TenantDataSession>().CommitAsync(ct);
                message.ProcessedAt = DateTimeOffset.UtcNow;
                message.LastError = null;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                message.Attempts++;
                message.LastError = ex.Message;
                logger.LogWarning(ex, "Outbox message {Id} ({Kind}) to {Target} failed", message.Id, message.Kind, message.TargetTenantId);
            }
        }
        await db.SaveChangesAsync(ct);
        await session.CommitAsync(ct);
        return batch.Count(m => m.ProcessedAt is not null);
    }
}

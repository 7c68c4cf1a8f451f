using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Saas.OneStop.Applications;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;

namespace Saas.OneStop.Delivery;

/// <summary>
/// Delivers one-stop hand-overs between tenants (same design as the documents module's dispatcher). Each database (shared and placed) is scanned in the platform
/// scope with FOR UPDATE SKIP LOCKED, so several nodes share the work without delivering twice; the target
/// side is written in the target tenant's own scope and database, and is idempotent for redelivery.
/// </summary>
public sealed class OneStopOutboxDispatcher(
    ITenantScopeFactory scopes,
    ITenantDirectory directory,
    OneStopOutboxSignal signal,
    ILogger<OneStopOutboxDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var delivered = await DispatchOnceAsync(stoppingToken);
                if (delivered > 0)
                {
                    continue;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Outbox dispatch failed");
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
        var placements = (await directory.ActiveAsync(ct)).Select(t => t.DatabaseConnectionString).Distinct().ToList();
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
        await using var scope = scopes.CreatePlatformScope();
        if (placement is not null)
        {
            // The platform scope reaches the placed database through any tenant placed there.
            var anyTenant = (await directory.ActiveAsync(ct)).First(t => t.DatabaseConnectionString == placement);
            scope.ServiceProvider.GetRequiredService<ICurrentTenantSetter>().SetTenant(anyTenant);
        }
        var session = scope.ServiceProvider.GetRequiredService<TenantDataSession>();
        await using var db = await scope.ServiceProvider.GetRequiredService<TenantDbContextFactory<OneStopDbContext>>().CreateAsync(ct);
        var batch = await db.Outbox
            .FromSqlRaw("select * from onestop.outbox where processed_at is null and attempts < 20 order by created_at limit 50 for update skip locked")
            .IgnoreQueryFilters() // the platform scope reads every tenant's outbox; SQL stays uncomposed for the lock
            .ToListAsync(ct);
        foreach (var message in batch)
        {
            try
            {
                await HandleAsync(message, ct);
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

    private async Task HandleAsync(OutboxMessage message, CancellationToken ct)
    {
        var target = await directory.FindByIdAsync(message.TargetTenantId, ct)
            ?? throw new InvalidOperationException($"Unknown target tenant {message.TargetTenantId}");
        await using var scope = scopes.CreateTenantScope(target);
        var sp = scope.ServiceProvider;
        var inbound = sp.GetRequiredService<InboundService>();
        switch (message.Kind)
        {
            case "handover":
                await inbound.HandoverAsync(message.TenantId, message.Payload.Deserialize<HandoverPayload>()!, ct);
                break;
            case "handback":
                await inbound.HandbackAsync(message.Payload.Deserialize<HandbackPayload>()!, ct);
                break;
            case "status":
                await inbound.StatusAsync(message.Payload.Deserialize<StatusPayload>()!, ct);
                break;
            case "supplemented":
                await inbound.SupplementedAsync(message.TenantId, message.Payload.Deserialize<SupplementedPayload>()!, ct);
                break;
            default:
                throw new InvalidOperationException($"Unknown outbox message kind {message.Kind}");
        }
        await sp.GetRequiredService<TenantDataSession>().CommitAsync(ct);
    }
}

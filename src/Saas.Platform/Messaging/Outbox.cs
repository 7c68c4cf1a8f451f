using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;

namespace Saas.Platform.Messaging;

/// <summary>Adds outbox rows to the caller's unit of work; the module's <see cref="OutboxSignal{TContext}"/> wakes its dispatcher after commit.</summary>
public sealed class Outbox<TContext>(ICurrentTenant tenant, TimeProvider clock, OutboxSignal<TContext> signal, TenantDataSession session)
    where TContext : DbContext, IOutboxContext
{
    public void Enqueue(TContext db, string kind, Guid targetTenantId, object payload)
    {
        db.Outbox.Add(new OutboxMessage
        {
            TenantId = tenant.Id!.Value,
            Id = Guid.CreateVersion7(),
            Kind = kind,
            TargetTenantId = targetTenantId,
            Payload = JsonSerializer.SerializeToDocument(payload),
            CreatedAt = clock.GetUtcNow(),
        });
        session.AfterCommit(signal.Kick);
    }
}

/// <summary>Process-wide nudge (one per module) so delivery happens within milliseconds instead of at the next poll.</summary>
public sealed class OutboxSignal<TContext>
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Kick()
    {
        if (_semaphore.CurrentCount == 0)
        {
            try
            {
                _semaphore.Release();
            }
            catch (SemaphoreFullException)
            {
            }
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _semaphore.WaitAsync(timeout, ct);
}

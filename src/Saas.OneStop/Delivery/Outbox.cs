using System.Text.Json;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;

namespace Saas.OneStop.Delivery;

/// <summary>Adds outbox rows to the caller's unit of work; <see cref="OneStopOutboxSignal"/> wakes the dispatcher after commit.</summary>
public sealed class Outbox(ICurrentTenant tenant, TimeProvider clock, OneStopOutboxSignal signal, TenantDataSession session)
{
    public void Enqueue(OneStopDbContext db, string kind, Guid targetTenantId, object payload)
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

/// <summary>Process-wide nudge so a hand-over arrives within milliseconds instead of at the next poll.</summary>
public sealed class OneStopOutboxSignal
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

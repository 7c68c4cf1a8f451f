using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Saas.OneStop.Applications;
using Saas.Platform.Messaging;
using Saas.Platform.MultiTenancy;

namespace Saas.OneStop.Delivery;

/// <summary>Delivers one-stop hand-overs, hand-backs, statuses and supplements between the tenants of a route (<c>onestop.outbox</c>).</summary>
public sealed class OneStopOutboxDispatcher(
    ITenantScopeFactory scopes,
    ITenantDirectory directory,
    OutboxSignal<OneStopDbContext> signal,
    ILogger<OneStopOutboxDispatcher> logger) : OutboxDispatcher<OneStopDbContext>(scopes, directory, signal, logger)
{
    protected override string Table => "onestop.outbox";

    protected override Task HandleAsync(OutboxMessage message, IServiceProvider target, CancellationToken ct)
    {
        var inbound = target.GetRequiredService<InboundService>();
        return message.Kind switch
        {
            "handover" => inbound.HandoverAsync(message.TenantId, message.Payload.Deserialize<HandoverPayload>()!, ct),
            "handback" => inbound.HandbackAsync(message.Payload.Deserialize<HandbackPayload>()!, ct),
            "status" => inbound.StatusAsync(message.Payload.Deserialize<StatusPayload>()!, ct),
            "supplemented" => inbound.SupplementedAsync(message.TenantId, message.Payload.Deserialize<SupplementedPayload>()!, ct),
            _ => throw new InvalidOperationException($"Unknown outbox message kind {message.Kind}"),
        };
    }
}

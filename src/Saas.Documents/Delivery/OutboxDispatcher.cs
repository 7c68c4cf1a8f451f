using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Saas.Documents.Incoming;
using Saas.Documents.Outgoing;
using Saas.Platform.Messaging;
using Saas.Platform.MultiTenancy;

namespace Saas.Documents.Delivery;

/// <summary>Delivers issued documents, recalls and edXML status messages between tenants (<c>documents.outbox</c>).</summary>
public sealed class OutboxDispatcher(
    ITenantScopeFactory scopes,
    ITenantDirectory directory,
    OutboxSignal<DocumentsDbContext> signal,
    ILogger<OutboxDispatcher> logger) : OutboxDispatcher<DocumentsDbContext>(scopes, directory, signal, logger)
{
    protected override string Table => "documents.outbox";

    protected override Task HandleAsync(OutboxMessage message, IServiceProvider target, CancellationToken ct) => message.Kind switch
    {
        "deliver" => target.GetRequiredService<IncomingDocumentService>().DeliverAsync(message.Payload.Deserialize<DeliverPayload>()!, ct),
        "recall" => target.GetRequiredService<IncomingDocumentService>().RecallFromSenderAsync(message.Payload.Deserialize<RecallPayload>()!, ct),
        "status" => target.GetRequiredService<OutgoingDocumentService>().ApplyStatusAsync(message.Payload.Deserialize<StatusPayload>()!, ct),
        _ => throw new InvalidOperationException($"Unknown outbox message kind {message.Kind}"),
    };
}

using System.Text.Json;

namespace Saas.Documents.History;

/// <summary>Appends steps to a document's history in the same unit of work as the step itself.</summary>
public sealed class DocumentHistory(IDocumentUser user, TimeProvider clock)
{
    public void Add(DocumentsDbContext db, Guid tenantId, Guid documentId, string documentKind, string kind, string? note = null, object? data = null) =>
        db.Events.Add(new DocumentEvent
        {
            TenantId = tenantId,
            DocumentId = documentId,
            DocumentKind = documentKind,
            At = clock.GetUtcNow(),
            ActorId = user.Id,
            ActorName = user.Name,
            Kind = kind,
            Note = note,
            Data = data is null ? null : JsonSerializer.SerializeToDocument(data),
        });
}

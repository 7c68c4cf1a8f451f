using Saas.Documents;
using Saas.Documents.Search;

namespace Saas.WorkFiles.Files;

/// <summary>An incoming document that may be put into a file: registered (or further), visible to the viewer.</summary>
public sealed record AttachCandidate(Guid Id, string NumberNotation, string Subject, string IssuerName);

/// <summary>One stored file of a document in a work file, for the export package.</summary>
public sealed record FileDocumentContent(string FileName, string Sha256);

/// <summary>
/// What the work-files module asks the documents module about the documents of a file, in the module's own types so
/// that the web layer sees no other module: documents to offer for attaching, and each document's stored files.
/// </summary>
public sealed class FileDocumentSource(DocumentSearchService search, IDocumentDirectory documents)
{
    /// <summary>Not yet registered, returned or recalled documents cannot go into a file.</summary>
    public async Task<IReadOnlyList<AttachCandidate>> CandidatesAsync(string? q, CancellationToken ct) =>
        [.. (await search.IncomingAsync(new DocumentQuery { Q = q, Size = 20 }, ct)).Items
            .Where(d => d.Status is not ("received" or "returned" or "recalled"))
            .Select(d => new AttachCandidate(d.Id, d.NumberNotation, d.Subject, d.IssuerName))];

    public async Task<IReadOnlyList<FileDocumentContent>> FilesAsync(WorkFileDocument document, CancellationToken ct) =>
        [.. (await documents.FilesAsync(document.DocumentKind, document.DocumentId, ct)).Select(f => new FileDocumentContent(f.FileName, f.Sha256))];
}

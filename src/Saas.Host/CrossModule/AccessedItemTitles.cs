using Saas.Documents;
using Saas.Statistics.Access;
using Saas.WorkFiles.Files;

namespace Saas.Host.CrossModule;

/// <summary>
/// The titles of the statistics access ranking, through each owning module's read rule: a document through
/// <see cref="IDocumentDirectory"/>, a work file through <see cref="WorkFileService"/>; null when the viewer may not open it.
/// </summary>
public sealed class AccessedItemTitles(IDocumentDirectory documents, WorkFileService files) : IAccessedItemTitles
{
    public async Task<string?> TitleAsync(string kind, Guid id, CancellationToken ct) => kind == "workfile"
        ? (await files.GetAsync(id, ct)) is { } f ? $"{f.Code} – {f.Title}" : null
        : (await documents.FindAsync(kind, id, ct)) is { } d ? $"{d.NumberNotation} – {d.Title}".TrimStart(' ', '–') : null;
}

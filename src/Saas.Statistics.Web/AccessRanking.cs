using Saas.Documents;
using Saas.Platform.Auditing;
using Saas.WorkFiles.Files;

namespace Saas.Statistics.Web;

/// <summary>
/// Views and downloads per document or work file in a period (ND 30/2020 Phụ lục VI 6a), for the statistics API and
/// page. An item's title is named only where the owning module's rule lets the viewer open it; otherwise it is withheld.
/// </summary>
public sealed class AccessRanking(IAccessHistory history, IDocumentDirectory documents, WorkFileService files)
{
    public static readonly string[] Kinds = ["incoming", "outgoing", "workfile"];

    public sealed record Row(string Kind, string ItemId, string? Title, bool Withheld, int Views, int Downloads, int People, DateTimeOffset LastAt);

    public async Task<IReadOnlyList<Row>> TopAsync(string kind, DateOnly from, DateOnly to, int limit, CancellationToken ct)
    {
        var rows = new List<Row>();
        foreach (var c in await history.CountsAsync(kind, from, to, limit, ct))
        {
            var title = !Guid.TryParse(c.ItemId, out var id) ? null
                : kind == "workfile" ? (await files.GetAsync(id, ct)) is { } f ? $"{f.Code} – {f.Title}" : null
                : (await documents.FindAsync(kind, id, ct)) is { } d ? $"{d.NumberNotation} – {d.Title}".TrimStart(' ', '–') : null;
            rows.Add(new Row(kind, title is null ? "" : c.ItemId, title, title is null, c.Views, c.Downloads, c.People, c.LastAt));
        }
        return rows;
    }
}

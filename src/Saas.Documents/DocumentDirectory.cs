using Microsoft.EntityFrameworkCore;
using Saas.Documents.Incoming;
using Saas.Documents.Outgoing;
using Saas.Platform.Data;

namespace Saas.Documents;

/// <summary>What other modules (work files, tasks) may know of a document of the current tenant.</summary>
public sealed record DocumentSummary(string Kind, Guid Id, string Title, string? NumberNotation, DateOnly? Date, int? Pages, bool Electronic);

/// <summary>The documents module's public lookup; other modules never read its tables.</summary>
/// <remarks>
/// Every answer about one document passes <see cref="DocumentAccess"/> for the current user: a document the user may
/// not open is, to the caller, a document that does not exist. This is the only way another module reaches a
/// document's metadata or files.
/// </remarks>
public interface IDocumentDirectory
{
    /// <returns>Null when the current tenant has no such document (another tenant's ids find nothing) or the current user may not open it.</returns>
    Task<DocumentSummary?> FindAsync(string kind, Guid id, CancellationToken ct);

    /// <summary>The document's files (for exporting a closed work file); empty when the current user may not open it.</summary>
    Task<IReadOnlyList<DocumentFileRef>> FilesAsync(string kind, Guid id, CancellationToken ct);

    /// <summary>Which of these documents the current user may open (for showing the others as withheld).</summary>
    Task<IReadOnlySet<DocumentKey>> VisibleAsync(IReadOnlyCollection<DocumentKey> documents, CancellationToken ct);

    /// <summary>
    /// Open handling assignments with a deadline in every tenant of the current database, for the reminder job.
    /// Must be called in the platform scope.
    /// </summary>
    Task<IReadOnlyList<DeadlineItem>> OpenDeadlinesAsync(CancellationToken ct);
}

public readonly record struct DocumentKey(string Kind, Guid Id);

public sealed record DocumentFileRef(string FileName, string Sha256, string MediaType);

public sealed record DeadlineItem(Guid TenantId, string UserId, string Kind, Guid Id, string Title, DateOnly Deadline);

internal sealed class DocumentDirectory(TenantDbContextFactory<DocumentsDbContext> contexts, IDocumentUser user) : IDocumentDirectory
{
    public async Task<DocumentSummary?> FindAsync(string kind, Guid id, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        switch (kind)
        {
            case "incoming":
                var i = await db.Incoming.AsNoTracking().Where(DocumentAccess.IncomingRule(user)).FirstOrDefaultAsync(d => d.Id == id, ct);
                // Received through the platform = an electronic original; typed in from paper = not.
                return i is null || i.Status is IncomingStatus.Returned or IncomingStatus.Recalled
                    ? null
                    : new DocumentSummary(kind, i.Id, i.Subject, i.NumberNotation, i.IssuedDate, i.PageCount, i.Source == "platform");
            case "outgoing":
                var o = await db.Outgoing.AsNoTracking().Where(DocumentAccess.OutgoingRule(user)).FirstOrDefaultAsync(d => d.Id == id, ct);
                return o is null
                    ? null
                    : new DocumentSummary(kind, o.Id, o.Subject, o.NumberNotation,
                        o.IssuedAt is { } at ? DateOnly.FromDateTime(Saas.Calendar.VietnamTime.Local(at).DateTime) : null, o.PageCount,
                        // Electronic = issued with a signed PDF whose signatures verified (honest figures, TT 15/2025).
                        o.Status == OutgoingStatus.Issued && o.SignedFileSha256 is not null
                        && await db.Attachments.AnyAsync(a => a.OwnerKind == "outgoing" && a.OwnerId == o.Id && a.Purpose == "signed"
                                                               && a.Sha256 == o.SignedFileSha256 && a.SignatureStatus == "valid", ct));
            default:
                return null;
        }
    }

    public async Task<IReadOnlyList<DocumentFileRef>> FilesAsync(string kind, Guid id, CancellationToken ct)
    {
        if (!(await VisibleAsync([new DocumentKey(kind, id)], ct)).Contains(new DocumentKey(kind, id)))
        {
            return [];
        }
        await using var db = await contexts.CreateAsync(ct);
        return await db.Attachments.AsNoTracking().Where(a => a.OwnerKind == kind && a.OwnerId == id)
            .OrderBy(a => a.Purpose).ThenByDescending(a => a.Version)
            .Select(a => new DocumentFileRef(a.FileName, a.Sha256, a.MediaType)).ToListAsync(ct);
    }

    public async Task<IReadOnlySet<DocumentKey>> VisibleAsync(IReadOnlyCollection<DocumentKey> documents, CancellationToken ct)
    {
        var incoming = documents.Where(d => d.Kind == "incoming").Select(d => d.Id).Distinct().ToList();
        var outgoing = documents.Where(d => d.Kind == "outgoing").Select(d => d.Id).Distinct().ToList();
        var visible = new HashSet<DocumentKey>();
        if (incoming.Count + outgoing.Count == 0)
        {
            return visible;
        }
        await using var db = await contexts.CreateAsync(ct);
        if (incoming.Count > 0)
        {
            visible.UnionWith((await db.Incoming.AsNoTracking().Where(DocumentAccess.IncomingRule(user)).Where(d => incoming.Contains(d.Id))
                .Select(d => d.Id).ToListAsync(ct)).Select(id => new DocumentKey("incoming", id)));
        }
        if (outgoing.Count > 0)
        {
            visible.UnionWith((await db.Outgoing.AsNoTracking().Where(DocumentAccess.OutgoingRule(user)).Where(d => outgoing.Contains(d.Id))
                .Select(d => d.Id).ToListAsync(ct)).Select(id => new DocumentKey("outgoing", id)));
        }
        return visible;
    }

    public async Task<IReadOnlyList<DeadlineItem>> OpenDeadlinesAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.Assignments.AsNoTracking()
            .Where(a => a.Status != "done" && a.Role != AssignmentRoles.Inform)
            .Join(db.Incoming.Where(d => d.Status == IncomingStatus.InProgress), a => new { a.TenantId, Id = a.DocumentId }, d => new { d.TenantId, d.Id },
                (a, d) => new { a, d })
            .Where(x => (x.a.Deadline ?? x.d.ProcessingDeadline) != null)
            .Select(x => new DeadlineItem(x.a.TenantId, x.a.AssigneeId, "incoming", x.d.Id, x.d.NumberNotation + " – " + x.d.Subject,
                (x.a.Deadline ?? x.d.ProcessingDeadline)!.Value))
            .ToListAsync(ct);
    }
}

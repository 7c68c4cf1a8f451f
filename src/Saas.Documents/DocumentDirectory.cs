using Microsoft.EntityFrameworkCore;
using Saas.Documents.Incoming;
using Saas.Documents.Outgoing;
using Saas.Platform.Data;

namespace Saas.Documents;

/// <summary>What other modules (work files, tasks) may know of a document of the current tenant.</summary>
public sealed record DocumentSummary(string Kind, Guid Id, string Title, string? NumberNotation, DateOnly? Date, int? Pages, bool Electronic);

/// <summary>The documents module's public lookup; other modules never read its tables.</summary>
public interface IDocumentDirectory
{
    /// <returns>Null when the current tenant has no such document (another tenant's ids find nothing).</returns>
    Task<DocumentSummary?> FindAsync(string kind, Guid id, CancellationToken ct);

    /// <summary>The document's files (for exporting a closed work file).</summary>
    Task<IReadOnlyList<DocumentFileRef>> FilesAsync(string kind, Guid id, CancellationToken ct);

    /// <summary>
    /// Open handling assignments with a deadline in every tenant of the current database, for the reminder job.
    /// Must be called in the platform scope.
    /// </summary>
    Task<IReadOnlyList<DeadlineItem>> OpenDeadlinesAsync(CancellationToken ct);
}

public sealed record DocumentFileRef(string FileName, string Sha256, string MediaType);

public sealed record DeadlineItem(Guid TenantId, string UserId, string Kind, Guid Id, string Title, DateOnly Deadline);

internal sealed class DocumentDirectory(TenantDbContextFactory<DocumentsDbContext> contexts) : IDocumentDirectory
{
    public async Task<DocumentSummary?> FindAsync(string kind, Guid id, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        switch (kind)
        {
            case "incoming":
                var i = await db.Incoming.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
                // Received through the platform = an electronic original; typed in from paper = not.
                return i is null || i.Status is IncomingStatus.Returned or IncomingStatus.Recalled
                    ? null
                    : new DocumentSummary(kind, i.Id, i.Subject, i.NumberNotation, i.IssuedDate, i.PageCount, i.Source == "platform");
            case "outgoing":
                var o = await db.Outgoing.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
                return o is null
                    ? null
                    : new DocumentSummary(kind, o.Id, o.Subject, o.NumberNotation,
                        o.IssuedAt is { } at ? DateOnly.FromDateTime(VietnamClock.Local(at).DateTime) : null, o.PageCount,
                        o.Status == OutgoingStatus.Issued && o.SignedFileSha256 is not null);
            default:
                return null;
        }
    }

    public async Task<IReadOnlyList<DocumentFileRef>> FilesAsync(string kind, Guid id, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.Attachments.AsNoTracking().Where(a => a.OwnerKind == kind && a.OwnerId == id)
            .OrderBy(a => a.Purpose).ThenByDescending(a => a.Version)
            .Select(a => new DocumentFileRef(a.FileName, a.Sha256, a.MediaType)).ToListAsync(ct);
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

using Microsoft.EntityFrameworkCore;
using Saas.Documents.Attachments;
using Saas.Documents.History;
using Saas.Documents.Incoming;
using Saas.Documents.Outgoing;
using Saas.Platform.Data;

namespace Saas.Documents.Search;

public sealed record IncomingDetails(IncomingDocument Document, IReadOnlyList<Attachment> Attachments, IReadOnlyList<DocumentEvent> History, bool Overdue);

public sealed record OutgoingDetails(OutgoingDocument Document, IReadOnlyList<Attachment> Attachments, IReadOnlyList<DocumentEvent> History);

/// <summary>One document with its files and history, for those who may see it (others get "not found").</summary>
public sealed class DocumentDetailsService(TenantDbContextFactory<DocumentsDbContext> contexts, IDocumentUser user, TimeProvider clock)
{
    public async Task<IncomingDetails?> IncomingAsync(Guid id, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var doc = await db.Incoming.AsNoTracking().Include(d => d.Assignments).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (doc is null || !DocumentAccess.CanSee(user, doc))
        {
            return null;
        }
        var today = VietnamClock.Today(clock);
        return new IncomingDetails(doc,
            await db.Attachments.AsNoTracking().Where(a => a.OwnerKind == "incoming" && a.OwnerId == id).OrderBy(a => a.UploadedAt).ToListAsync(ct),
            await db.Events.AsNoTracking().Where(e => e.DocumentId == id).OrderBy(e => e.Id).ToListAsync(ct),
            doc.Status is IncomingStatus.Registered or IncomingStatus.InProgress && doc.ProcessingDeadline < today);
    }

    public async Task<OutgoingDetails?> OutgoingAsync(Guid id, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var doc = await db.Outgoing.AsNoTracking().Include(d => d.Recipients).Include(d => d.Approvals).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (doc is null || !DocumentAccess.CanSee(user, doc))
        {
            return null;
        }
        return new OutgoingDetails(doc,
            await db.Attachments.AsNoTracking().Where(a => a.OwnerKind == "outgoing" && a.OwnerId == id).OrderBy(a => a.Purpose).ThenBy(a => a.Version).ToListAsync(ct),
            await db.Events.AsNoTracking().Where(e => e.DocumentId == id).OrderBy(e => e.Id).ToListAsync(ct));
    }

    /// <summary>The attachment if its document is visible to the user; the only way to a download.</summary>
    public async Task<Attachment?> AttachmentAsync(Guid attachmentId, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var a = await db.Attachments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == attachmentId, ct);
        if (a is null)
        {
            return null;
        }
        var visible = a.OwnerKind == "incoming"
            ? await IncomingAsync(a.OwnerId, ct) is not null
            : await OutgoingAsync(a.OwnerId, ct) is not null;
        return visible ? a : null;
    }
}

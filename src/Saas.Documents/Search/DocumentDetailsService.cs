using Microsoft.EntityFrameworkCore;
using Saas.Documents.Attachments;
using Saas.Documents.History;
using Saas.Documents.Incoming;
using Saas.Documents.Outgoing;
using Saas.Platform.Auditing;
using Saas.Platform.Data;

namespace Saas.Documents.Search;

public sealed record IncomingDetails(IncomingDocument Document, IReadOnlyList<Attachment> Attachments, IReadOnlyList<DocumentEvent> History, bool Overdue);

public sealed record OutgoingDetails(OutgoingDocument Document, IReadOnlyList<Attachment> Attachments, IReadOnlyList<DocumentEvent> History);

/// <summary>One document with its files and history, for those who may see it (others get "not found").</summary>
public sealed class DocumentDetailsService(TenantDbContextFactory<DocumentsDbContext> contexts, IDocumentUser user, IAccessHistory access, TimeProvider clock)
{
    /// <summary>Someone opens the document: it is shown only if the rule lets them, and the view is recorded.</summary>
    public async Task<IncomingDetails?> ViewIncomingAsync(Guid id, CancellationToken ct)
    {
        var details = await IncomingAsync(id, ct);
        if (details is not null)
        {
            await access.RecordAsync("incoming", id.ToString(), AccessActions.View, ct: ct);
        }
        return details;
    }

    public async Task<OutgoingDetails?> ViewOutgoingAsync(Guid id, CancellationToken ct)
    {
        var details = await OutgoingAsync(id, ct);
        if (details is not null)
        {
            await access.RecordAsync("outgoing", id.ToString(), AccessActions.View, ct: ct);
        }
        return details;
    }

    /// <summary>A download: the attachment if its document is visible, recorded against the document and the file.</summary>
    public async Task<Attachment?> DownloadAsync(Guid attachmentId, CancellationToken ct)
    {
        var a = await AttachmentAsync(attachmentId, ct);
        if (a is not null)
        {
            await access.RecordAsync(a.OwnerKind, a.OwnerId.ToString(), AccessActions.Download, a.Id.ToString(), a.FileName, ct);
        }
        return a;
    }

    /// <summary>
    /// Who viewed and downloaded the document: for those who may see it, and for the tenant admin (who answers for
    /// the agency's records without necessarily being allowed to read a secret one). Null = not for this user.
    /// </summary>
    public async Task<IReadOnlyList<AccessEntry>?> AccessHistoryAsync(string kind, Guid id, CancellationToken ct)
    {
        var allowed = user.HasRole("tenant-admin") || kind switch
        {
            "incoming" => await IncomingAsync(id, ct) is not null,
            "outgoing" => await OutgoingAsync(id, ct) is not null,
            _ => false,
        };
        return allowed && kind is "incoming" or "outgoing" ? await access.ForItemAsync(kind, id.ToString(), ct: ct) : null;
    }

    public async Task<IncomingDetails?> IncomingAsync(Guid id, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var doc = await db.Incoming.AsNoTracking().Include(d => d.Assignments).Where(DocumentAccess.IncomingRule(user)).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (doc is null)
        {
            return null;
        }
        var today = Saas.Calendar.VietnamTime.Today(clock);
        return new IncomingDetails(doc,
            await db.Attachments.AsNoTracking().Where(a => a.OwnerKind == "incoming" && a.OwnerId == id).OrderBy(a => a.UploadedAt).ToListAsync(ct),
            await db.Events.AsNoTracking().Where(e => e.DocumentId == id).OrderBy(e => e.Id).ToListAsync(ct),
            doc.Status is IncomingStatus.Registered or IncomingStatus.InProgress && doc.ProcessingDeadline < today);
    }

    public async Task<OutgoingDetails?> OutgoingAsync(Guid id, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var doc = await db.Outgoing.AsNoTracking().Include(d => d.Recipients).Include(d => d.Approvals).Where(DocumentAccess.OutgoingRule(user)).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (doc is null)
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

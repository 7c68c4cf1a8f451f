using Microsoft.EntityFrameworkCore;
using Saas.Documents.Attachments;
using Saas.Documents.Delivery;
using Saas.Documents.History;
using Saas.Documents.Incoming;
using Saas.Documents.Numbering;
using Saas.Platform.Auditing;
using Saas.Platform.Data;
using Saas.Platform.Messaging;
using Saas.Platform.MultiTenancy;
using Saas.Platform.Text;

namespace Saas.Documents.Outgoing;

/// <summary>
/// Văn bản đi: draft → review along the tenant's route for the type → sign → number and issue → track delivery;
/// recall and replacement afterwards.
/// </summary>
public sealed class OutgoingDocumentService(
    TenantDbContextFactory<DocumentsDbContext> contexts,
    ICurrentTenant tenant,
    ITenantDirectory directory,
    IDocumentUser user,
    RegisterNumberAllocator numbers,
    DocumentHistory history,
    Outbox<DocumentsDbContext> outbox,
    IAuditTrail audit,
    Saas.Documents.Secrecy.StateSecretPolicy secrets,
    TimeProvider clock)
{
    private const string Kind = "outgoing";

    /// <param name="dryRun">Only validate: callers check the metadata before they store any uploaded file.</param>
    /// <param name="fileCount">On a dry run, how many files the caller is about to store (a secret draft may bring none).</param>
    public async Task<Outcome<OutgoingDocument>> CreateDraftAsync(OutgoingInput input, IReadOnlyList<StagedFile> files, Guid? replaces, CancellationToken ct,
        bool dryRun = false, int fileCount = 0)
    {
        await using var db = await contexts.CreateAsync(ct);
        var errors = await ValidateAsync(db, input, ct);
        if (Math.Max(fileCount, files.Count) > 0 && input.Secrecy is > 0 and <= 3 && !secrets.KeepsFiles(input.Secrecy.Value))
        {
            errors.Add("files", Saas.Documents.Secrecy.StateSecretPolicy.FilesRefused);
        }
        if (errors.Any)
        {
            return Outcome<OutgoingDocument>.Invalid(errors.ToDictionary());
        }
        if (replaces is { } r && !await db.Outgoing.AnyAsync(o => o.Id == r && (o.Status == OutgoingStatus.Issued || o.Status == OutgoingStatus.Recalled), ct))
        {
            return Outcome<OutgoingDocument>.Invalid("replaces", "documents.outgoing.replace.only_issued");
        }
        if (dryRun)
        {
            return Outcome<OutgoingDocument>.Ok(new OutgoingDocument());
        }
        var route = await db.Routes.FirstOrDefaultAsync(x => x.DocumentTypeCode == input.DocumentTypeCode, ct)
                    ?? await db.Routes.FirstOrDefaultAsync(x => x.DocumentTypeCode == ApprovalRoute.AnyType, ct);
        var now = clock.GetUtcNow();
        var doc = new OutgoingDocument
        {
            TenantId = tenant.Id!.Value,
            Id = Guid.CreateVersion7(),
            Status = OutgoingStatus.Draft,
            DocumentTypeCode = input.DocumentTypeCode!,
            Subject = input.Subject!.Trim(),
            Urgency = input.Urgency ?? 0,
            Secrecy = input.Secrecy ?? 0,
            DraftingUnit = string.IsNullOrWhiteSpace(input.DraftingUnit) ? null : input.DraftingUnit.Trim(),
            DrafterId = user.Id,
            DrafterName = user.Name,
            PageCount = input.PageCount,
            DueDate = input.DueDate,
            Route = [.. route?.Steps ?? ApprovalRoute.DefaultSteps],
            ReplacesId = replaces,
            CreatedAt = now,
            UpdatedAt = now,
        };
        doc.SearchText = VietnameseText.Fold(doc.Subject);
        db.Outgoing.Add(doc);
        AttachmentWriter.Add(db, doc.TenantId, Kind, doc.Id, "draft", files, user, now);
        history.Add(db, doc.TenantId, doc.Id, Kind, "drafted", replaces is null ? null : "Văn bản thay thế");
        NoteConversions(db, doc, files, 1);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("outgoing.drafted", Kind, doc.Id.ToString(), null, Snapshot(doc), ct: ct);
        await AuditConversionsAsync(doc, files, 1, ct);
        return Outcome<OutgoingDocument>.Ok(doc);
    }

    /// <summary>
    /// Asked before any upload is stored: the problem that storing a file for this document would meet (it does not
    /// exist for the user, or it is secret), or null when a file may be added.
    /// </summary>
    public async Task<Outcome<OutgoingDocument>?> FileRefusalAsync(Guid id, string field, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var doc = await LoadAsync(db, id, ct);
        if (doc is null)
        {
            return Outcome<OutgoingDocument>.NotFound();
        }
        return secrets.KeepsFiles(doc.Secrecy) ? null : Outcome<OutgoingDocument>.Invalid(field, Saas.Documents.Secrecy.StateSecretPolicy.FilesRefused);
    }

    /// <summary>A new version of the draft file (dự thảo) while it is drafted or reviewed.</summary>
    public async Task<Outcome<OutgoingDocument>> AddVersionAsync(Guid id, StagedFile file, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var doc = await LoadAsync(db, id, ct);
        if (doc is null)
        {
            return Outcome<OutgoingDocument>.NotFound();
        }
        if (!secrets.KeepsFiles(doc.Secrecy))
        {
            return Outcome<OutgoingDocument>.Invalid("file", Saas.Documents.Secrecy.StateSecretPolicy.FilesRefused);
        }
        if (doc.WhyNotAddVersion() is { } refused)
        {
            return refused;
        }
        var version = await db.Attachments.Where(a => a.OwnerId == id && a.Purpose == "draft").MaxAsync(a => (int?)a.Version, ct) ?? 0;
        AttachmentWriter.Add(db, doc.TenantId, Kind, doc.Id, "draft", [file], user, clock.GetUtcNow(), version + 1);
        history.Add(db, doc.TenantId, doc.Id, Kind, "version", $"Dự thảo phiên bản {version + 1}: {file.FileName}");
        NoteConversions(db, doc, [file], version + 1);
        doc.AddVersion(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("outgoing.version-added", Kind, doc.Id.ToString(), null, new { version = version + 1, file.Sha256 }, ct: ct);
        await AuditConversionsAsync(doc, [file], version + 1, ct);
        return Outcome<OutgoingDocument>.Ok(doc);
    }

    public async Task<Outcome<OutgoingDocument>> SubmitAsync(Guid id, CancellationToken ct) =>
        await TransitionAsync(id, "submitted", null, doc => doc.WhyNotSubmit(user), doc => doc.Submit(clock.GetUtcNow()), ct);

    /// <summary>Duyệt: the current step's role approves; after the last step the draft is ready for signing.</summary>
    public async Task<Outcome<OutgoingDocument>> ApproveAsync(Guid id, DecisionRequest request, CancellationToken ct) =>
        await TransitionAsync(id, "approved", request.Note, doc => doc.WhyNotApprove(user), doc => doc.Approve(user, request.Note, clock.GetUtcNow()), ct);

    /// <summary>Trả lại dự thảo: back to the drafter with the reviewer's note.</summary>
    public async Task<Outcome<OutgoingDocument>> ReturnForEditAsync(Guid id, DecisionRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Note))
        {
            return Outcome<OutgoingDocument>.Invalid("note", "documents.outgoing.return.reason_required");
        }
        return await TransitionAsync(id, "returned-for-edit", request.Note, doc => doc.WhyNotReturnForEdit(user),
            doc => doc.ReturnForEdit(user, request.Note, clock.GetUtcNow()), ct);
    }

    /// <summary>Ký: the signer with the authority (TM., KT., TL., Q., TUQ.) and, for digital signatures, the signed PDF.</summary>
    /// <param name="withFile">On a dry run: whether the caller is about to store a signed file.</param>
    public async Task<Outcome<OutgoingDocument>> SignAsync(Guid id, SignRequest request, StagedFile? signedPdf, CancellationToken ct, bool dryRun = false,
        bool withFile = false)
    {
        var e = new FieldErrors();
        if (request.SigningAuthority is { Length: > 0 } a && !SigningAuthorities.All.Contains(a))
        {
            e.Add("signingAuthority", "documents.outgoing.sign.authority_invalid");
        }
        IncomingValidator.Required(e, "signerName", request.SignerName, 50);
        IncomingValidator.Required(e, "signerPosition", request.SignerPosition, 100);
        if (signedPdf is not null && signedPdf.MediaType != "application/pdf")
        {
            e.Add("signedFile", "documents.outgoing.sign.pdf_only");
        }
        if (e.Any)
        {
            return Outcome<OutgoingDocument>.Invalid(e.ToDictionary());
        }
        await using var db = await contexts.CreateAsync(ct);
        var doc = await LoadAsync(db, id, ct);
        if (doc is null)
        {
            return Outcome<OutgoingDocument>.NotFound();
        }
        if (doc.WhyNotSign(user) is { } refused)
        {
            return refused;
        }
        if ((withFile || signedPdf is not null) && !secrets.KeepsFiles(doc.Secrecy))
        {
            return Outcome<OutgoingDocument>.Invalid("signedFile", Saas.Documents.Secrecy.StateSecretPolicy.FilesRefused);
        }
        if (dryRun)
        {
            return Outcome<OutgoingDocument>.Ok(doc);
        }
        var before = Snapshot(doc);
        var now = clock.GetUtcNow();
        doc.Sign(string.IsNullOrWhiteSpace(request.SigningAuthority) ? null : request.SigningAuthority, request.SignerName!.Trim(), request.SignerPosition!.Trim(),
            signedPdf?.Sha256, now);
        if (signedPdf is not null)
        {
            AttachmentWriter.Add(db, doc.TenantId, Kind, doc.Id, "signed", [signedPdf], user, now);
        }
        history.Add(db, doc.TenantId, doc.Id, Kind, "signed", $"{doc.SigningAuthority} {doc.SignerPosition} {doc.SignerName}".Trim());
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("outgoing.signed", Kind, doc.Id.ToString(), before, Snapshot(doc), ct: ct);
        return Outcome<OutgoingDocument>.Ok(doc);
    }

    /// <summary>
    /// Cấp số và phát hành: the next number of the register for the year, the notation from the tenant's
    /// template, then delivery to platform recipients through the outbox and a record of outside ones.
    /// </summary>
    public async Task<Outcome<OutgoingDocument>> IssueAsync(Guid id, IssueRequest request, CancellationToken ct)
    {
        var platformSlugs = (request.PlatformRecipients ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct().ToList();
        var external = (request.ExternalRecipients ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct().ToList();
        var e = new FieldErrors();
        if (platformSlugs.Count + external.Count == 0)
        {
            e.Add("recipients", "documents.outgoing.issue.recipient_required");
        }
        if (external.Any(x => x.Length > 200))
        {
            e.Add("externalRecipients", "documents.outgoing.issue.recipient_too_long");
        }
        var targets = new List<TenantInfo>();
        foreach (var slug in platformSlugs)
        {
            var t = await directory.FindBySlugAsync(slug, ct);
            if (t is null || !t.IsActive || t.Id == tenant.Id)
            {
                e.Add("platformRecipients", TextKey.With("documents.outgoing.issue.recipient_unknown", slug));
            }
            else
            {
                targets.Add(t);
            }
        }
        if (e.Any)
        {
            return Outcome<OutgoingDocument>.Invalid(e.ToDictionary());
        }
        await using var db = await contexts.CreateAsync(ct);
        var doc = await LoadAsync(db, id, ct);
        if (doc is null)
        {
            return Outcome<OutgoingDocument>.NotFound();
        }
        if (doc.WhyNotIssue(user) is { } refused)
        {
            return refused;
        }
        if (targets.Count > 0 && !secrets.DeliversElectronically(doc.Secrecy))
        {
            return Outcome<OutgoingDocument>.Invalid("platformRecipients", Saas.Documents.Secrecy.StateSecretPolicy.DeliveryRefused);
        }
        var register = await db.Registers.FirstOrDefaultAsync(r => r.Code == request.RegisterCode, ct);
        // A register numbers the types it names; one that names none numbers every type no sibling register claims.
        var claimedElsewhere = register is not null && register.DocumentTypes.Count == 0
            && await db.Registers.AnyAsync(r => r.Code != register.Code && r.Active && r.Direction == "outgoing" && r.Secret == register.Secret
                                                && r.DocumentTypes.Contains(doc.DocumentTypeCode), ct);
        if (!doc.FitsRegister(register, claimedElsewhere))
        {
            return Outcome<OutgoingDocument>.Invalid("registerCode", "documents.outgoing.issue.register_unfit");
        }
        var type = await db.DocumentTypes.FirstAsync(t => t.Code == doc.DocumentTypeCode, ct);
        var now = clock.GetUtcNow();
        var before = Snapshot(doc);
        var year = Saas.Calendar.VietnamTime.Local(now).Year;
        var number = await numbers.NextAsync(register!.Code, year, ct);
        var notation = NotationFormatter.Format(number, type.Abbreviation, tenant.Tenant!.Notation ?? "UBND", doc.DraftingUnit);
        doc.Issue(register, year, number, notation, user.Name, now);
        doc.SearchText = VietnameseText.Fold($"{doc.Subject} {doc.NumberNotation} {doc.SignerName}");

        var files = await db.Attachments.AsNoTracking()
            .Where(a => a.OwnerId == doc.Id && (a.Purpose == "signed" || a.Purpose == "attachment"))
            .Select(a => new DeliveredFile(a.Sha256, a.FileName, a.MediaType, a.SizeBytes, a.ExtractedText)).ToListAsync(ct);
        if (files.Count == 0)
        {
            // No digitally signed PDF: the latest draft version travels as the document's file.
            files = await db.Attachments.AsNoTracking().Where(a => a.OwnerId == doc.Id && a.Purpose == "draft").OrderByDescending(a => a.Version).Take(1)
                .Select(a => new DeliveredFile(a.Sha256, a.FileName, a.MediaType, a.SizeBytes, a.ExtractedText)).ToListAsync(ct);
        }
        OutgoingDocument? replaced = doc.ReplacesId is { } rid ? await db.Outgoing.FirstOrDefaultAsync(o => o.Id == rid, ct) : null;
        if (replaced is not null)
        {
            replaced.ReplaceBy(doc.Id, now);
            history.Add(db, replaced.TenantId, replaced.Id, Kind, "replaced", $"Được thay thế bởi {doc.NumberNotation}");
        }
        var me = tenant.Tenant!;
        foreach (var target in targets)
        {
            var recipient = new OutgoingRecipient { TenantId = doc.TenantId, DocumentId = doc.Id, Id = Guid.CreateVersion7(), Kind = "platform", RecipientTenantId = target.Id, Name = target.Name };
            doc.Recipients.Add(recipient);
            outbox.Enqueue(db, "deliver", target.Id, new DeliverPayload(
                me.Id, me.Name, me.AgencyCode, doc.Id, recipient.Id, notation, DateOnly.FromDateTime(Saas.Calendar.VietnamTime.Local(now).DateTime),
                doc.DocumentTypeCode, doc.Subject, doc.SignerName, doc.SignerPosition, doc.Urgency, doc.Secrecy, doc.PageCount, doc.DueDate,
                doc.ReplacesId, files));
        }
        foreach (var name in external)
        {
            doc.Recipients.Add(new OutgoingRecipient
            {
                TenantId = doc.TenantId,
                DocumentId = doc.Id,
                Id = Guid.CreateVersion7(),
                Kind = "external",
                Name = name,
                StatusNote = Texts.Bilingual("documents.outgoing.issue.sent_outside"),
                StatusAt = now,
            });
        }
        history.Add(db, doc.TenantId, doc.Id, Kind, "issued", $"Số {doc.NumberNotation}, {targets.Count + external.Count} nơi nhận");
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("outgoing.issued", Kind, doc.Id.ToString(), before, Snapshot(doc), ct: ct);
        return Outcome<OutgoingDocument>.Ok(doc);
    }

    /// <summary>Thu hồi (Art. 18.4): recipients on the platform receive the recall and freeze their copy.</summary>
    public async Task<Outcome<OutgoingDocument>> RecallAsync(Guid id, RecallRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 1000)
        {
            return Outcome<OutgoingDocument>.Invalid("reason", "documents.outgoing.recall.reason_required");
        }
        await using var db = await contexts.CreateAsync(ct);
        var doc = await LoadAsync(db, id, ct);
        if (doc is null)
        {
            return Outcome<OutgoingDocument>.NotFound();
        }
        if (doc.WhyNotRecall(user) is { } refused)
        {
            return refused;
        }
        var before = Snapshot(doc);
        var reason = request.Reason.Trim();
        doc.Recall(reason, clock.GetUtcNow());
        foreach (var target in doc.Recipients.Where(r => r.RecipientTenantId is not null).Select(r => r.RecipientTenantId!.Value).Distinct())
        {
            outbox.Enqueue(db, "recall", target, new RecallPayload(doc.TenantId, doc.Id, reason));
        }
        history.Add(db, doc.TenantId, doc.Id, Kind, "recalled", doc.RecallReason);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("outgoing.recalled", Kind, doc.Id.ToString(), before, Snapshot(doc), ct: ct);
        return Outcome<OutgoingDocument>.Ok(doc);
    }

    /// <summary>Applied by the delivery dispatcher in the sender's scope.</summary>
    public async Task ApplyStatusAsync(StatusPayload p, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var recipient = await db.Recipients.FirstOrDefaultAsync(r => r.Id == p.RecipientId && r.DocumentId == p.SenderDocumentId, ct);
        if (recipient is null)
        {
            return;
        }
        recipient.StatusCode = p.Code;
        recipient.StatusNote = p.Note;
        recipient.StatusAt = p.At;
        history.Add(db, recipient.TenantId, recipient.DocumentId, Kind, "status", $"{recipient.Name}: {p.Code} {EdxmlStatus.Describe(p.Code)}{(p.Note is null ? "" : " – " + p.Note)}");
        await db.SaveChangesAsync(ct);
    }

    private async Task<Outcome<OutgoingDocument>> TransitionAsync(Guid id, string eventKind, string? note,
        Func<OutgoingDocument, Outcome<OutgoingDocument>?> refusal, Action<OutgoingDocument> step, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var doc = await LoadAsync(db, id, ct);
        if (doc is null)
        {
            return Outcome<OutgoingDocument>.NotFound();
        }
        if (refusal(doc) is { } refused)
        {
            return refused;
        }
        var before = Snapshot(doc);
        step(doc);
        history.Add(db, doc.TenantId, doc.Id, Kind, eventKind, note);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("outgoing." + eventKind, Kind, doc.Id.ToString(), before, Snapshot(doc), ct: ct);
        return Outcome<OutgoingDocument>.Ok(doc);
    }

    /// <summary>History of the PDF renditions the server made of DOCX drafts (the caller converted them before this unit of work).</summary>
    private void NoteConversions(DocumentsDbContext db, OutgoingDocument doc, IEnumerable<StagedFile> files, int version)
    {
        foreach (var f in files.Where(f => f.Rendition is not null))
        {
            history.Add(db, doc.TenantId, doc.Id, Kind, "converted", $"Bản PDF của dự thảo phiên bản {version}: {f.Rendition!.FileName}");
        }
    }

    private async Task AuditConversionsAsync(OutgoingDocument doc, IEnumerable<StagedFile> files, int version, CancellationToken ct)
    {
        foreach (var f in files.Where(f => f.Rendition is not null))
        {
            await audit.RecordAsync("outgoing.draft-converted", Kind, doc.Id.ToString(), null,
                new { version, source = f.Sha256, pdf = f.Rendition!.Sha256, pdfBytes = f.Rendition.SizeBytes }, ct: ct);
        }
    }

    private async Task<OutgoingDocument?> LoadAsync(DocumentsDbContext db, Guid id, CancellationToken ct)
    {
        var doc = await db.Outgoing.Include(d => d.Recipients).Include(d => d.Approvals).FirstOrDefaultAsync(d => d.Id == id, ct);
        return doc is not null && DocumentAccess.CanSee(user, doc) ? doc : null;
    }

    private static async Task<FieldErrors> ValidateAsync(DocumentsDbContext db, OutgoingInput input, CancellationToken ct)
    {
        var e = new FieldErrors();
        IncomingValidator.Required(e, "subject", input.Subject, 500);
        if (string.IsNullOrWhiteSpace(input.DocumentTypeCode) || !await db.DocumentTypes.AnyAsync(t => t.Code == input.DocumentTypeCode && t.Active, ct))
        {
            e.Add("documentTypeCode", "documents.field.documentTypeCode.unknown");
        }
        if (input.Urgency is < 0 or > 3)
        {
            e.Add("urgency", "documents.field.urgency.range");
        }
        if (input.Secrecy is < 0 or > 3)
        {
            e.Add("secrecy", "documents.field.secrecy.range");
        }
        if (input.PageCount is < 1 or > 9999)
        {
            e.Add("pageCount", "documents.field.pageCount.range");
        }
        IncomingValidator.Optional(e, "draftingUnit", input.DraftingUnit, 20);
        return e;
    }

    private static object Snapshot(OutgoingDocument d) => new
    {
        Status = d.Status.Code(),
        d.Subject,
        d.RouteStep,
        d.SignerName,
        d.SigningAuthority,
        d.RegisterCode,
        d.IssueYear,
        d.IssueNumber,
        d.NumberNotation,
        d.RecallReason,
    };
}

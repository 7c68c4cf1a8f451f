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
    TenantDataSession session,
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
            return Outcome<OutgoingDocument>.Invalid("replaces", "Chỉ thay thế được văn bản đã ban hành / Only an issued document can be replaced");
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
        await session.CommitAsync(ct);
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
        if (doc.Status is not (OutgoingStatus.Draft or OutgoingStatus.InReview))
        {
            return Outcome<OutgoingDocument>.Conflict("Chỉ sửa dự thảo trước khi ký / Drafts change only before signing");
        }
        var version = await db.Attachments.Where(a => a.OwnerId == id && a.Purpose == "draft").MaxAsync(a => (int?)a.Version, ct) ?? 0;
        AttachmentWriter.Add(db, doc.TenantId, Kind, doc.Id, "draft", [file], user, clock.GetUtcNow(), version + 1);
        history.Add(db, doc.TenantId, doc.Id, Kind, "version", $"Dự thảo phiên bản {version + 1}: {file.FileName}");
        NoteConversions(db, doc, [file], version + 1);
        doc.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("outgoing.version-added", Kind, doc.Id.ToString(), null, new { version = version + 1, file.Sha256 }, ct: ct);
        await AuditConversionsAsync(doc, [file], version + 1, ct);
        await session.CommitAsync(ct);
        return Outcome<OutgoingDocument>.Ok(doc);
    }

    public async Task<Outcome<OutgoingDocument>> SubmitAsync(Guid id, CancellationToken ct) =>
        await TransitionAsync(id, "submitted", null, doc =>
        {
            if (doc.DrafterId != user.Id)
            {
                return "Chỉ người soạn thảo trình duyệt / Only the drafter submits";
            }
            if (doc.Status != OutgoingStatus.Draft)
            {
                return "Văn bản không ở trạng thái dự thảo / Not a draft";
            }
            doc.Status = doc.Route.Count == 0 ? OutgoingStatus.Approved : OutgoingStatus.InReview;
            doc.RouteStep = 0;
            return null;
        }, ct);

    /// <summary>Duyệt: the current step's role approves; after the last step the draft is ready for signing.</summary>
    public async Task<Outcome<OutgoingDocument>> ApproveAsync(Guid id, DecisionRequest request, CancellationToken ct) =>
        await TransitionAsync(id, "approved", request.Note, doc =>
        {
            if (doc.Status != OutgoingStatus.InReview)
            {
                return "Văn bản không chờ duyệt / Not in review";
            }
            var role = doc.Route[doc.RouteStep];
            if (!user.HasRole(role))
            {
                return $"Bước này cần vai trò '{role}' / This step needs role '{role}'";
            }
            AddApproval(doc, role, "approved", request.Note);
            doc.RouteStep++;
            if (doc.RouteStep >= doc.Route.Count)
            {
                doc.Status = OutgoingStatus.Approved;
            }
            return null;
        }, ct);

    /// <summary>Trả lại dự thảo: back to the drafter with the reviewer's note.</summary>
    public async Task<Outcome<OutgoingDocument>> ReturnForEditAsync(Guid id, DecisionRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Note))
        {
            return Outcome<OutgoingDocument>.Invalid("note", "Bắt buộc nêu lý do trả lại / A reason is required");
        }
        return await TransitionAsync(id, "returned-for-edit", request.Note, doc =>
        {
            if (doc.Status != OutgoingStatus.InReview || !user.HasRole(doc.Route[doc.RouteStep]))
            {
                return "Chỉ người duyệt ở bước hiện tại trả lại được / Only the current reviewer can return the draft";
            }
            AddApproval(doc, doc.Route[doc.RouteStep], "returned", request.Note);
            doc.Status = OutgoingStatus.Draft;
            doc.RouteStep = 0;
            return null;
        }, ct);
    }

    /// <summary>Ký: the signer with the authority (TM., KT., TL., Q., TUQ.) and, for digital signatures, the signed PDF.</summary>
    /// <param name="withFile">On a dry run: whether the caller is about to store a signed file.</param>
    public async Task<Outcome<OutgoingDocument>> SignAsync(Guid id, SignRequest request, StagedFile? signedPdf, CancellationToken ct, bool dryRun = false,
        bool withFile = false)
    {
        var e = new FieldErrors();
        if (request.SigningAuthority is { Length: > 0 } a && !SigningAuthorities.All.Contains(a))
        {
            e.Add("signingAuthority", "Thẩm quyền ký phải là TM., KT., TL., Q. hoặc TUQ. / Authority must be TM., KT., TL., Q. or TUQ.");
        }
        IncomingValidator.Required(e, "signerName", request.SignerName, 50, "Người ký", "Signer");
        IncomingValidator.Required(e, "signerPosition", request.SignerPosition, 100, "Chức vụ người ký", "Signer position");
        if (signedPdf is not null && signedPdf.MediaType != "application/pdf")
        {
            e.Add("signedFile", "Bản ký số phải là tệp PDF / The signed file must be a PDF");
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
        if (!user.HasRole(DocumentRoles.Leader))
        {
            return Outcome<OutgoingDocument>.Forbidden("Chỉ lãnh đạo ký văn bản / Only a leader signs");
        }
        if (doc.Status != OutgoingStatus.Approved)
        {
            return Outcome<OutgoingDocument>.Conflict("Chỉ ký được văn bản đã duyệt xong / Only an approved document can be signed");
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
        doc.SigningAuthority = string.IsNullOrWhiteSpace(request.SigningAuthority) ? null : request.SigningAuthority;
        doc.SignerName = request.SignerName!.Trim();
        doc.SignerPosition = request.SignerPosition!.Trim();
        doc.SignedAt = now;
        doc.Status = OutgoingStatus.Signed;
        doc.UpdatedAt = now;
        if (signedPdf is not null)
        {
            doc.SignedFileSha256 = signedPdf.Sha256;
            AttachmentWriter.Add(db, doc.TenantId, Kind, doc.Id, "signed", [signedPdf], user, now);
        }
        history.Add(db, doc.TenantId, doc.Id, Kind, "signed", $"{doc.SigningAuthority} {doc.SignerPosition} {doc.SignerName}".Trim());
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("outgoing.signed", Kind, doc.Id.ToString(), before, Snapshot(doc), ct: ct);
        await session.CommitAsync(ct);
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
            e.Add("recipients", "Phải có ít nhất một nơi nhận / At least one recipient is required");
        }
        if (external.Any(x => x.Length > 200))
        {
            e.Add("externalRecipients", "Tên nơi nhận tối đa 200 ký tự / Recipient names are at most 200 characters");
        }
        var targets = new List<TenantInfo>();
        foreach (var slug in platformSlugs)
        {
            var t = await directory.FindBySlugAsync(slug, ct);
            if (t is null || !t.IsActive || t.Id == tenant.Id)
            {
                e.Add("platformRecipients", $"Nơi nhận không hợp lệ trên nền tảng: {slug} / Not an active recipient on the platform: {slug}");
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
        if (!user.HasRole(DocumentRoles.Clerk))
        {
            return Outcome<OutgoingDocument>.Forbidden("Văn thư cấp số và phát hành / Only a clerk issues");
        }
        if (doc.Status != OutgoingStatus.Signed)
        {
            return Outcome<OutgoingDocument>.Conflict("Chỉ phát hành được văn bản đã ký / Only a signed document can be issued");
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
        if (register is null || !register.Active || register.Direction != "outgoing" || register.Secret != (doc.Secrecy > 0)
            || (register.DocumentTypes.Count > 0 && !register.DocumentTypes.Contains(doc.DocumentTypeCode)) || claimedElsewhere)
        {
            return Outcome<OutgoingDocument>.Invalid("registerCode", "Sổ văn bản đi không phù hợp với loại, độ mật của văn bản / The outgoing register does not fit this document's type or secrecy");
        }
        var type = await db.DocumentTypes.FirstAsync(t => t.Code == doc.DocumentTypeCode, ct);
        var now = clock.GetUtcNow();
        var before = Snapshot(doc);
        doc.RegisterCode = register.Code;
        doc.IssueYear = Saas.Calendar.VietnamTime.Local(now).Year;
        doc.IssueNumber = await numbers.NextAsync(register.Code, doc.IssueYear.Value, ct);
        doc.NumberNotation = NotationFormatter.Format(doc.IssueNumber.Value, type.Abbreviation, tenant.Tenant!.Notation ?? "UBND", doc.DraftingUnit);
        doc.IssuedAt = now;
        doc.IssuedBy = user.Name;
        doc.Status = OutgoingStatus.Issued;
        doc.UpdatedAt = now;
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
            replaced.ReplacedById = doc.Id;
            replaced.UpdatedAt = now;
            history.Add(db, replaced.TenantId, replaced.Id, Kind, "replaced", $"Được thay thế bởi {doc.NumberNotation}");
        }
        var me = tenant.Tenant!;
        foreach (var target in targets)
        {
            var recipient = new OutgoingRecipient { TenantId = doc.TenantId, DocumentId = doc.Id, Id = Guid.CreateVersion7(), Kind = "platform", RecipientTenantId = target.Id, Name = target.Name };
            doc.Recipients.Add(recipient);
            outbox.Enqueue(db, "deliver", target.Id, new DeliverPayload(
                me.Id, me.Name, me.AgencyCode, doc.Id, recipient.Id, doc.NumberNotation, DateOnly.FromDateTime(Saas.Calendar.VietnamTime.Local(now).DateTime),
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
                StatusNote = "Gửi ngoài nền tảng (ghi nhận) / Sent outside the platform (recorded)",
                StatusAt = now,
            });
        }
        history.Add(db, doc.TenantId, doc.Id, Kind, "issued", $"Số {doc.NumberNotation}, {targets.Count + external.Count} nơi nhận");
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("outgoing.issued", Kind, doc.Id.ToString(), before, Snapshot(doc), ct: ct);
        await session.CommitAsync(ct);
        return Outcome<OutgoingDocument>.Ok(doc);
    }

    /// <summary>Thu hồi (Art. 18.4): recipients on the platform receive the recall and freeze their copy.</summary>
    public async Task<Outcome<OutgoingDocument>> RecallAsync(Guid id, RecallRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 1000)
        {
            return Outcome<OutgoingDocument>.Invalid("reason", "Bắt buộc nêu lý do thu hồi (tối đa 1000 ký tự) / A reason is required (at most 1000 characters)");
        }
        await using var db = await contexts.CreateAsync(ct);
        var doc = await LoadAsync(db, id, ct);
        if (doc is null)
        {
            return Outcome<OutgoingDocument>.NotFound();
        }
        if (!user.HasRole(DocumentRoles.Clerk, DocumentRoles.Leader))
        {
            return Outcome<OutgoingDocument>.Forbidden("Văn thư hoặc lãnh đạo thu hồi văn bản / Only a clerk or leader recalls");
        }
        if (doc.Status != OutgoingStatus.Issued)
        {
            return Outcome<OutgoingDocument>.Conflict("Chỉ thu hồi được văn bản đã phát hành / Only an issued document can be recalled");
        }
        var before = Snapshot(doc);
        var now = clock.GetUtcNow();
        doc.Status = OutgoingStatus.Recalled;
        doc.RecalledAt = now;
        doc.RecallReason = request.Reason.Trim();
        doc.UpdatedAt = now;
        foreach (var target in doc.Recipients.Where(r => r.RecipientTenantId is not null).Select(r => r.RecipientTenantId!.Value).Distinct())
        {
            outbox.Enqueue(db, "recall", target, new RecallPayload(doc.TenantId, doc.Id, doc.RecallReason));
        }
        history.Add(db, doc.TenantId, doc.Id, Kind, "recalled", doc.RecallReason);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("outgoing.recalled", Kind, doc.Id.ToString(), before, Snapshot(doc), ct: ct);
        await session.CommitAsync(ct);
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

    private async Task<Outcome<OutgoingDocument>> TransitionAsync(Guid id, string eventKind, string? note, Func<OutgoingDocument, string?> change, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var doc = await LoadAsync(db, id, ct);
        if (doc is null)
        {
            return Outcome<OutgoingDocument>.NotFound();
        }
        var before = Snapshot(doc);
        var refusal = change(doc);
        if (refusal is not null)
        {
            return Outcome<OutgoingDocument>.Conflict(refusal);
        }
        doc.UpdatedAt = clock.GetUtcNow();
        history.Add(db, doc.TenantId, doc.Id, Kind, eventKind, note);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("outgoing." + eventKind, Kind, doc.Id.ToString(), before, Snapshot(doc), ct: ct);
        await session.CommitAsync(ct);
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

    private void AddApproval(OutgoingDocument doc, string role, string decision, string? note) =>
        doc.Approvals.Add(new OutgoingApproval
        {
            TenantId = doc.TenantId,
            DocumentId = doc.Id,
            Seq = doc.Approvals.Count + 1,
            Step = doc.RouteStep,
            Role = role,
            Decision = decision,
            DecidedBy = user.Id,
            DecidedByName = user.Name,
            Note = note,
            DecidedAt = clock.GetUtcNow(),
        });

    private async Task<OutgoingDocument?> LoadAsync(DocumentsDbContext db, Guid id, CancellationToken ct)
    {
        var doc = await db.Outgoing.Include(d => d.Recipients).Include(d => d.Approvals).FirstOrDefaultAsync(d => d.Id == id, ct);
        return doc is not null && DocumentAccess.CanSee(user, doc) ? doc : null;
    }

    private static async Task<FieldErrors> ValidateAsync(DocumentsDbContext db, OutgoingInput input, CancellationToken ct)
    {
        var e = new FieldErrors();
        IncomingValidator.Required(e, "subject", input.Subject, 500, "Trích yếu", "Subject");
        if (string.IsNullOrWhiteSpace(input.DocumentTypeCode) || !await db.DocumentTypes.AnyAsync(t => t.Code == input.DocumentTypeCode && t.Active, ct))
        {
            e.Add("documentTypeCode", "Loại văn bản không hợp lệ / Unknown document type");
        }
        if (input.Urgency is < 0 or > 3)
        {
            e.Add("urgency", "Độ khẩn từ 0 đến 3 / Urgency is 0–3");
        }
        if (input.Secrecy is < 0 or > 3)
        {
            e.Add("secrecy", "Độ mật từ 0 đến 3 / Secrecy is 0–3");
        }
        if (input.PageCount is < 1 or > 9999)
        {
            e.Add("pageCount", "Số trang từ 1 đến 9999 / Page count is 1–9999");
        }
        IncomingValidator.Optional(e, "draftingUnit", input.DraftingUnit, 20);
        return e;
    }

    private static object Snapshot(OutgoingDocument d) => new
    {
        d.Status,
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

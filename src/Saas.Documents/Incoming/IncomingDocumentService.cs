using Microsoft.EntityFrameworkCore;
using Saas.Documents.Attachments;
using Saas.Documents.Delivery;
using Saas.Documents.History;
using Saas.Documents.Numbering;
using Saas.Documents.Outgoing;
using Saas.Platform.Auditing;
using Saas.Platform.Data;
using Saas.Platform.Messaging;
using Saas.Platform.MultiTenancy;
using Saas.Platform.Text;

namespace Saas.Documents.Incoming;

/// <summary>Văn bản đến: reception, registration (vào sổ), return, assignment and processing.</summary>
public sealed class IncomingDocumentService(
    TenantDbContextFactory<DocumentsDbContext> contexts,
    ICurrentTenant tenant,
    IDocumentUser user,
    RegisterNumberAllocator numbers,
    DocumentHistory history,
    Outbox<DocumentsDbContext> outbox,
    IAuditTrail audit,
    Saas.Platform.Organization.IUnitNames units,
    Saas.Documents.Secrecy.StateSecretPolicy secrets,
    Saas.Platform.Organization.ITenantStaff staff,
    IStoredFileVerifier signatures,
    TimeProvider clock)
{
    private const string Kind = "incoming";

    private DateOnly Today => DateOnly.FromDateTime(Saas.Calendar.VietnamTime.Local(clock.GetUtcNow()).DateTime);

    /// <param name="fileCount">How many files come with the document: a secret one may bring none (<see cref="Saas.Documents.Secrecy.StateSecretPolicy"/>).</param>
    public async Task<FieldErrors> ValidateAsync(IncomingInput input, CancellationToken ct, int fileCount = 0)
    {
        await using var db = await contexts.CreateAsync(ct);
        var types = await db.DocumentTypes.Where(t => t.Active).Select(t => t.Code).ToListAsync(ct);
        var errors = IncomingValidator.Validate(input, types, Today);
        if (fileCount > 0 && input.Secrecy is > 0 and <= 3 && !secrets.KeepsFiles(input.Secrecy.Value))
        {
            errors.Add("files", Saas.Documents.Secrecy.StateSecretPolicy.FilesRefused);
        }
        return errors;
    }

    /// <summary>A clerk enters a paper document by hand, with its scan; it lands in the reception queue.</summary>
    /// <param name="id">Chosen by the caller when it must know the id before the commit (an Idempotency-Key row commits with the document).</param>
    public async Task<Outcome<IncomingDocument>> CreateManualAsync(IncomingInput input, IReadOnlyList<StagedFile> files, CancellationToken ct, Guid? id = null)
    {
        var errors = await ValidateAsync(input, ct, files.Count);
        if (errors.Any)
        {
            return Outcome<IncomingDocument>.Invalid(errors.ToDictionary());
        }
        await using var db = await contexts.CreateAsync(ct);
        var now = clock.GetUtcNow();
        var doc = new IncomingDocument
        {
            TenantId = tenant.Id!.Value,
            Id = id ?? Guid.CreateVersion7(),
            Status = IncomingStatus.Received,
            Source = "manual",
            IssuerName = input.IssuerName!.Trim(),
            IssuerCode = input.IssuerCode?.Trim(),
            NumberNotation = input.NumberNotation!.Trim(),
            IssuedDate = input.IssuedDate!.Value,
            DocumentTypeCode = input.DocumentTypeCode!,
            Subject = input.Subject!.Trim(),
            SignerName = input.SignerName?.Trim(),
            SignerPosition = input.SignerPosition?.Trim(),
            Urgency = input.Urgency ?? 0,
            Secrecy = input.Secrecy ?? 0,
            PageCount = input.PageCount,
            DueDate = input.DueDate,
            ReceivedAt = now,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Incoming.Add(doc);
        AttachmentWriter.Add(db, doc.TenantId, Kind, doc.Id, "scan", files, user, now);
        doc.SearchText = SearchTextOf(doc, files.Select(f => f.ExtractedText));
        history.Add(db, doc.TenantId, doc.Id, Kind, "received",
            doc.Secrecy > 0 && !secrets.KeepsFiles(doc.Secrecy) ? "Tiếp nhận văn bản mật: chỉ đăng ký thông tin, bản giấy do văn thư lưu giữ" : "Tiếp nhận văn bản giấy, nhập tay");
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("incoming.created", Kind, doc.Id.ToString(), null, Snapshot(doc), ct: ct);
        return Outcome<IncomingDocument>.Ok(doc);
    }

    /// <summary>Called by the delivery dispatcher in the recipient's scope: the document arrives in the reception queue.</summary>
    public async Task DeliverAsync(DeliverPayload p, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        if (await db.Incoming.AnyAsync(d => d.SenderDocumentId == p.SenderDocumentId && d.SenderRecipientId == p.RecipientId, ct))
        {
            return; // redelivery after a crash between the two commits
        }
        var now = clock.GetUtcNow();
        var doc = new IncomingDocument
        {
            TenantId = tenant.Id!.Value,
            Id = Guid.CreateVersion7(),
            Status = IncomingStatus.Received,
            Source = "platform",
            SenderTenantId = p.SenderTenantId,
            SenderDocumentId = p.SenderDocumentId,
            SenderRecipientId = p.RecipientId,
            IssuerName = p.SenderName,
            IssuerCode = p.SenderCode,
            NumberNotation = p.NumberNotation,
            IssuedDate = p.IssuedDate,
            DocumentTypeCode = p.DocumentTypeCode,
            Subject = p.Subject,
            SignerName = p.SignerName,
            SignerPosition = p.SignerPosition,
            Urgency = p.Urgency,
            Secrecy = p.Secrecy,
            PageCount = p.PageCount,
            DueDate = p.DueDate,
            ReceivedAt = now,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Incoming.Add(doc);
        // A sender on this platform never sends a secret document's files; should one arrive anyway, they are not kept.
        var staged = new List<StagedFile>();
        foreach (var f in secrets.KeepsFiles(p.Secrecy) ? p.Files : [])
        {
            // The recipient verifies the signatures itself, as for any PDF that enters.
            staged.Add(new StagedFile(f.Sha256, f.FileName, f.MediaType, f.SizeBytes, f.ExtractedText, false)
            {
                Signature = await signatures.VerifyAsync(f.Sha256, f.MediaType, ct),
            });
        }
        AttachmentWriter.Add(db, doc.TenantId, Kind, doc.Id, "attachment", staged, user, now);
        doc.SearchText = SearchTextOf(doc, staged.Select(f => f.ExtractedText));
        history.Add(db, doc.TenantId, doc.Id, Kind, "arrived", $"Nhận qua nền tảng từ {p.SenderName}");
        if (p.ReplacesSenderDocumentId is { } replaced)
        {
            foreach (var old in await db.Incoming.Where(d => d.SenderDocumentId == replaced && d.Status != IncomingStatus.Recalled).ToListAsync(ct))
            {
                old.Recall(now);
                history.Add(db, old.TenantId, old.Id, Kind, "replaced", $"Được thay thế bởi văn bản {p.NumberNotation}");
            }
        }
        await db.SaveChangesAsync(ct);
        outbox.Enqueue(db, "status", p.SenderTenantId, new StatusPayload(p.SenderDocumentId, p.RecipientId, EdxmlStatus.Arrived, null, now));
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("incoming.arrived", Kind, doc.Id.ToString(), null, Snapshot(doc), ct: ct);
    }

    /// <summary>Thu hồi by the sender: the document is frozen and leaves every queue.</summary>
    public async Task RecallFromSenderAsync(RecallPayload p, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        foreach (var doc in await db.Incoming.Where(d => d.SenderTenantId == p.SenderTenantId && d.SenderDocumentId == p.SenderDocumentId
                                                         && d.Status != IncomingStatus.Recalled).ToListAsync(ct))
        {
            var before = doc.Status.Code();
            doc.Recall(clock.GetUtcNow());
            history.Add(db, doc.TenantId, doc.Id, Kind, "recalled", $"Cơ quan gửi thu hồi: {p.Reason}");
            await audit.RecordAsync("incoming.recalled", Kind, doc.Id.ToString(), new { status = before }, new { status = doc.Status.Code(), p.Reason }, ct: ct);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Vào sổ: takes the next số đến of the register for the year of receipt.</summary>
    public async Task<Outcome<IncomingDocument>> RegisterAsync(Guid id, RegisterRequest request, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var doc = await db.Incoming.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (doc is null || !DocumentAccess.SeesAll(user, doc.Secrecy))
        {
            return Outcome<IncomingDocument>.NotFound();
        }
        var register = await db.Registers.FirstOrDefaultAsync(r => r.Code == request.RegisterCode, ct);
        if (doc.WhyNotRegisterInto(user, register, request.ProcessingDeadline, Today) is { } refused)
        {
            return refused;
        }
        if (!request.AcknowledgeDuplicate)
        {
            var issuer = doc.IssuerName.ToLower();
            var notation = doc.NumberNotation.ToLower();
            var duplicates = await db.Incoming
                .Where(d => d.Id != doc.Id && d.ArrivalNumber != null && d.IssuerName.ToLower() == issuer && d.NumberNotation.ToLower() == notation)
                .Select(d => new { d.RegisterCode, d.ArrivalYear, d.ArrivalNumber })
                .ToListAsync(ct);
            if (duplicates.Count > 0)
            {
                var list = string.Join(", ", duplicates.Select(d => $"{d.ArrivalNumber}/{d.ArrivalYear} ({d.RegisterCode})"));
                return Outcome<IncomingDocument>.Conflict(TextKey.With("documents.incoming.register.duplicate", doc.NumberNotation, doc.IssuerName, list), doc);
            }
        }
        var year = Saas.Calendar.VietnamTime.Local(doc.ReceivedAt).Year;
        var before = Snapshot(doc);
        doc.Register(register!, year, await numbers.NextAsync(register!.Code, year, ct), request.ProcessingDeadline, user.Name, clock.GetUtcNow());
        history.Add(db, doc.TenantId, doc.Id, Kind, "registered", $"Vào sổ {register.Name}, số đến {doc.ArrivalNumber}");
        Notify(db, doc, EdxmlStatus.Received, $"Số đến {doc.ArrivalNumber}");
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("incoming.registered", Kind, doc.Id.ToString(), before, Snapshot(doc), ct: ct);
        return Outcome<IncomingDocument>.Ok(doc);
    }

    /// <summary>Trả lại: a wrongly addressed or invalid document goes back to its sender with the reason, the same day.</summary>
    public async Task<Outcome<IncomingDocument>> ReturnAsync(Guid id, ReturnRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 1000)
        {
            return Outcome<IncomingDocument>.Invalid("reason", "documents.incoming.return.reason_required");
        }
        await using var db = await contexts.CreateAsync(ct);
        var doc = await db.Incoming.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (doc is null || !DocumentAccess.SeesAll(user, doc.Secrecy))
        {
            return Outcome<IncomingDocument>.NotFound();
        }
        if (doc.WhyNotReturn(user) is { } refused)
        {
            return refused;
        }
        var before = Snapshot(doc);
        doc.Return(request.Reason.Trim(), clock.GetUtcNow());
        history.Add(db, doc.TenantId, doc.Id, Kind, "returned", doc.ReturnedReason);
        Notify(db, doc, EdxmlStatus.Refused, doc.ReturnedReason);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("incoming.returned", Kind, doc.Id.ToString(), before, Snapshot(doc), ct: ct);
        return Outcome<IncomingDocument>.Ok(doc);
    }

    /// <summary>Phân công: one lead (chủ trì), any co-handlers (phối hợp) and people kept informed (để biết).</summary>
    public async Task<Outcome<IncomingDocument>> AssignAsync(Guid id, AssignRequest request, CancellationToken ct)
    {
        var errors = ValidateAssignees(request.Assignees, request.Deadline, requireLead: true);
        await Saas.Platform.Organization.Assignees.CheckAsync(units, staff, [.. (request.Assignees ?? []).Select(a => a.UserId)], errors, i => $"assignees[{i}]", ct);
        if (errors.Any)
        {
            return Outcome<IncomingDocument>.Invalid(errors.ToDictionary());
        }
        await using var db = await contexts.CreateAsync(ct);
        var doc = await db.Incoming.Include(d => d.Assignments).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (doc is null || !DocumentAccess.CanSee(user, doc))
        {
            return Outcome<IncomingDocument>.NotFound();
        }
        if (doc.WhyNotAssign(user) is { } refused)
        {
            return refused;
        }
        var now = clock.GetUtcNow();
        var before = Snapshot(doc);
        doc.Assign(request.Assignees!.Select(a => new IncomingAssignment
        {
            TenantId = doc.TenantId,
            DocumentId = doc.Id,
            Id = Guid.CreateVersion7(),
            AssigneeId = a.UserId!,
            AssigneeName = a.Name!.Trim(),
            Role = a.Role!,
            Deadline = a.Deadline ?? request.Deadline,
            AssignedBy = user.Id,
            AssignedByName = user.Name,
            AssignedAt = now,
            Status = a.Role == AssignmentRoles.Inform ? "done" : "pending",
        }).ToList(),
            request.Assignees!.First(a => a.Role == AssignmentRoles.Lead).Deadline ?? request.Deadline, now);
        history.Add(db, doc.TenantId, doc.Id, Kind, "assigned", request.Note,
            request.Assignees!.Select(a => new { a.Name, a.Role, deadline = a.Deadline ?? request.Deadline }).ToList());
        Notify(db, doc, EdxmlStatus.Assigned, null);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("incoming.assigned", Kind, doc.Id.ToString(), before, Snapshot(doc), ct: ct);
        return Outcome<IncomingDocument>.Ok(doc);
    }

    /// <summary>Chuyển tiếp: a handler passes the document on within their unit.</summary>
    public async Task<Outcome<IncomingDocument>> ForwardAsync(Guid id, AssignRequest request, CancellationToken ct)
    {
        var errors = ValidateAssignees(request.Assignees, request.Deadline, requireLead: false);
        await Saas.Platform.Organization.Assignees.CheckAsync(units, staff, [.. (request.Assignees ?? []).Select(a => a.UserId)], errors, i => $"assignees[{i}]", ct);
        if (errors.Any)
        {
            return Outcome<IncomingDocument>.Invalid(errors.ToDictionary());
        }
        await using var db = await contexts.CreateAsync(ct);
        var doc = await db.Incoming.Include(d => d.Assignments).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (doc is null || !DocumentAccess.CanSee(user, doc))
        {
            return Outcome<IncomingDocument>.NotFound();
        }
        if (doc.WhyNotForward(user) is { } refused)
        {
            return refused;
        }
        var mine = doc.HandlerAssignment(user)!;
        var now = clock.GetUtcNow();
        doc.Forward(mine, request.Assignees!.Select(a => new IncomingAssignment
        {
            TenantId = doc.TenantId,
            DocumentId = doc.Id,
            Id = Guid.CreateVersion7(),
            AssigneeId = a.UserId!,
            AssigneeName = a.Name!.Trim(),
            Role = a.Role == AssignmentRoles.Lead ? AssignmentRoles.Coordinate : a.Role!,
            Deadline = a.Deadline ?? request.Deadline ?? mine.Deadline,
            AssignedBy = user.Id,
            AssignedByName = user.Name,
            AssignedAt = now,
            ForwardedFrom = mine.Id,
            Status = a.Role == AssignmentRoles.Inform ? "done" : "pending",
        }).ToList(), now);
        history.Add(db, doc.TenantId, doc.Id, Kind, "forwarded", request.Note, request.Assignees!.Select(a => new { a.Name, a.Role }).ToList());
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("incoming.forwarded", Kind, doc.Id.ToString(), null, new { to = request.Assignees!.Select(a => a.UserId) }, ct: ct);
        return Outcome<IncomingDocument>.Ok(doc);
    }

    /// <summary>Ý kiến xử lý of a handler or leader; the first one tells the sender "05 đang xử lý".</summary>
    public async Task<Outcome<IncomingDocument>> AddOpinionAsync(Guid id, OpinionRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Text) || request.Text.Length > 4000)
        {
            return Outcome<IncomingDocument>.Invalid("text", "documents.incoming.opinion.required");
        }
        await using var db = await contexts.CreateAsync(ct);
        var doc = await db.Incoming.Include(d => d.Assignments).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (doc is null || !DocumentAccess.CanSee(user, doc))
        {
            return Outcome<IncomingDocument>.NotFound();
        }
        if (doc.WhyNotAddOpinion() is { } refused)
        {
            return refused;
        }
        var first = !await db.Events.AnyAsync(e => e.DocumentId == doc.Id && e.Kind == "opinion", ct);
        doc.AddOpinion(user, clock.GetUtcNow());
        history.Add(db, doc.TenantId, doc.Id, Kind, "opinion", request.Text.Trim());
        if (first)
        {
            Notify(db, doc, EdxmlStatus.Processing, null);
        }
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("incoming.opinion", Kind, doc.Id.ToString(), null, new { text = request.Text.Trim() }, ct: ct);
        return Outcome<IncomingDocument>.Ok(doc);
    }

    /// <summary>Hoàn thành: the lead handler (or a leader) closes processing with a result.</summary>
    public async Task<Outcome<IncomingDocument>> FinishAsync(Guid id, FinishRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Result) || request.Result.Length > 4000)
        {
            return Outcome<IncomingDocument>.Invalid("result", "documents.incoming.finish.result_required");
        }
        await using var db = await contexts.CreateAsync(ct);
        var doc = await db.Incoming.Include(d => d.Assignments).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (doc is null || !DocumentAccess.CanSee(user, doc))
        {
            return Outcome<IncomingDocument>.NotFound();
        }
        if (doc.WhyNotFinish(user) is { } refused)
        {
            return refused;
        }
        if (request.ReplyOutgoingId is { } reply && !await db.Outgoing.AnyAsync(o => o.Id == reply, ct))
        {
            return Outcome<IncomingDocument>.Invalid("replyOutgoingId", "documents.incoming.finish.reply_not_found");
        }
        var before = Snapshot(doc);
        doc.Finish(request.Result.Trim(), clock.GetUtcNow());
        history.Add(db, doc.TenantId, doc.Id, Kind, "finished", doc.ResultNote, request.ReplyOutgoingId is { } r ? new { replyOutgoingId = r } : null);
        Notify(db, doc, EdxmlStatus.Done, doc.ResultNote);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("incoming.finished", Kind, doc.Id.ToString(), before, Snapshot(doc), ct: ct);
        return Outcome<IncomingDocument>.Ok(doc);
    }

    private void Notify(DocumentsDbContext db, IncomingDocument doc, string code, string? note)
    {
        if (doc.SenderTenantId is { } sender && doc.SenderDocumentId is { } senderDoc && doc.SenderRecipientId is { } recipient)
        {
            outbox.Enqueue(db, "status", sender, new StatusPayload(senderDoc, recipient, code, note, clock.GetUtcNow()));
        }
    }

    private FieldErrors ValidateAssignees(IReadOnlyList<AssigneeInput>? assignees, DateOnly? deadline, bool requireLead)
    {
        var e = new FieldErrors();
        if (deadline < Today || (assignees ?? []).Any(a => a.Deadline < Today))
        {
            e.Add("deadline", "documents.deadline_past");
        }
        if (assignees is null || assignees.Count == 0)
        {
            e.Add("assignees", "documents.incoming.assign.assignee_required");
            return e;
        }
        for (var i = 0; i < assignees.Count; i++)
        {
            var a = assignees[i];
            if (string.IsNullOrWhiteSpace(a.UserId) || string.IsNullOrWhiteSpace(a.Name))
            {
                e.Add($"assignees[{i}]", "documents.incoming.assign.assignee_incomplete");
            }
            if (a.Role is null || !AssignmentRoles.All.Contains(a.Role))
            {
                e.Add($"assignees[{i}].role", "documents.incoming.assign.role_invalid");
            }
        }
        if (requireLead && assignees.Count(a => a.Role == AssignmentRoles.Lead) != 1)
        {
            e.Add("assignees", "documents.incoming.assign.one_lead");
        }
        if (assignees.Select(a => a.UserId).Distinct().Count() != assignees.Count)
        {
            e.Add("assignees", "documents.incoming.assign.once_each");
        }
        return e;
    }

    internal static string SearchTextOf(IncomingDocument d, IEnumerable<string?> texts) =>
        VietnameseText.Fold(string.Join(' ', new[] { d.Subject, d.NumberNotation, d.IssuerName, d.SignerName }.Concat(texts.Select(t => t is { Length: > 20000 } ? t[..20000] : t))));

    private static object Snapshot(IncomingDocument d) => new
    {
        Status = d.Status.Code(),
        d.IssuerName,
        d.NumberNotation,
        d.Subject,
        d.RegisterCode,
        d.ArrivalYear,
        d.ArrivalNumber,
        d.ProcessingDeadline,
        d.ReturnedReason,
        d.ResultNote,
    };
}

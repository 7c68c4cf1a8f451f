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
    TenantDataSession session,
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
        await session.CommitAsync(ct);
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
                old.Status = IncomingStatus.Recalled;
                old.UpdatedAt = now;
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
            var before = doc.Status;
            doc.Status = IncomingStatus.Recalled;
            doc.UpdatedAt = clock.GetUtcNow();
            history.Add(db, doc.TenantId, doc.Id, Kind, "recalled", $"Cơ quan gửi thu hồi: {p.Reason}");
            await audit.RecordAsync("incoming.recalled", Kind, doc.Id.ToString(), new { status = before }, new { status = doc.Status, p.Reason }, ct: ct);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Vào sổ: takes the next số đến of the register for the year of receipt.</summary>
    public async Task<Outcome<IncomingDocument>> RegisterAsync(Guid id, RegisterRequest request, CancellationToken ct)
    {
        if (!user.HasRole(DocumentRoles.Clerk))
        {
            return Outcome<IncomingDocument>.Forbidden("Văn thư vào sổ văn bản đến / Only a clerk registers");
        }
        await using var db = await contexts.CreateAsync(ct);
        var doc = await db.Incoming.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (doc is null || !DocumentAccess.SeesAll(user, doc.Secrecy))
        {
            return Outcome<IncomingDocument>.NotFound();
        }
        if (doc.Status != IncomingStatus.Received)
        {
            return Outcome<IncomingDocument>.Conflict($"Văn bản đang ở trạng thái '{doc.Status}', không thể vào sổ / Only a received document can be registered");
        }
        var register = await db.Registers.FirstOrDefaultAsync(r => r.Code == request.RegisterCode, ct);
        if (register is null || !register.Active || register.Direction != "incoming")
        {
            return Outcome<IncomingDocument>.Invalid("registerCode", "Sổ văn bản đến không hợp lệ / Not an active incoming register");
        }
        if (register.Secret != (doc.Secrecy > 0))
        {
            return Outcome<IncomingDocument>.Invalid("registerCode", doc.Secrecy > 0
                ? "Văn bản mật phải vào sổ văn bản mật / A secret document goes into a secret register"
                : "Sổ văn bản mật chỉ dùng cho văn bản mật / A secret register is only for secret documents");
        }
        if (request.ProcessingDeadline is { } deadline && deadline < Today)
        {
            return Outcome<IncomingDocument>.Invalid("processingDeadline", "Hạn xử lý không thể ở quá khứ / The deadline cannot be in the past");
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
                var list = string.Join(", ", duplicates.Select(d => $"số đến {d.ArrivalNumber}/{d.ArrivalYear} ({d.RegisterCode})"));
                return Outcome<IncomingDocument>.Conflict(
                    $"Văn bản {doc.NumberNotation} của {doc.IssuerName} đã được vào sổ: {list}. Xác nhận để vào sổ lại. / Already registered: {list}. Acknowledge to register again.", doc);
            }
        }
        var year = Saas.Calendar.VietnamTime.Local(doc.ReceivedAt).Year;
        var before = Snapshot(doc);
        doc.RegisterCode = register.Code;
        doc.ArrivalYear = year;
        doc.ArrivalNumber = await numbers.NextAsync(register.Code, year, ct);
        doc.RegisteredAt = clock.GetUtcNow();
        doc.RegisteredBy = user.Name;
        doc.ProcessingDeadline = request.ProcessingDeadline ?? doc.DueDate;
        doc.Status = IncomingStatus.Registered;
        doc.UpdatedAt = clock.GetUtcNow();
        history.Add(db, doc.TenantId, doc.Id, Kind, "registered", $"Vào sổ {register.Name}, số đến {doc.ArrivalNumber}");
        Notify(db, doc, EdxmlStatus.Received, $"Số đến {doc.ArrivalNumber}");
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("incoming.registered", Kind, doc.Id.ToString(), before, Snapshot(doc), ct: ct);
        await session.CommitAsync(ct);
        return Outcome<IncomingDocument>.Ok(doc);
    }

    /// <summary>Trả lại: a wrongly addressed or invalid document goes back to its sender with the reason, the same day.</summary>
    public async Task<Outcome<IncomingDocument>> ReturnAsync(Guid id, ReturnRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 1000)
        {
            return Outcome<IncomingDocument>.Invalid("reason", "Bắt buộc nêu lý do trả lại (tối đa 1000 ký tự) / A reason is required (at most 1000 characters)");
        }
        if (!user.HasRole(DocumentRoles.Clerk))
        {
            return Outcome<IncomingDocument>.Forbidden("Văn thư trả lại văn bản / Only a clerk returns documents");
        }
        await using var db = await contexts.CreateAsync(ct);
        var doc = await db.Incoming.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (doc is null || !DocumentAccess.SeesAll(user, doc.Secrecy))
        {
            return Outcome<IncomingDocument>.NotFound();
        }
        if (doc.Status != IncomingStatus.Received)
        {
            return Outcome<IncomingDocument>.Conflict("Chỉ trả lại được văn bản chưa vào sổ / Only a document not yet registered can be returned");
        }
        var before = Snapshot(doc);
        doc.Status = IncomingStatus.Returned;
        doc.ReturnedReason = request.Reason.Trim();
        doc.UpdatedAt = clock.GetUtcNow();
        history.Add(db, doc.TenantId, doc.Id, Kind, "returned", doc.ReturnedReason);
        Notify(db, doc, EdxmlStatus.Refused, doc.ReturnedReason);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("incoming.returned", Kind, doc.Id.ToString(), before, Snapshot(doc), ct: ct);
        await session.CommitAsync(ct);
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
        if (!user.HasRole(DocumentRoles.Leader, DocumentRoles.Head))
        {
            return Outcome<IncomingDocument>.Forbidden("Lãnh đạo hoặc trưởng phòng phân công xử lý / Only a leader or head of division assigns");
        }
        await using var db = await contexts.CreateAsync(ct);
        var doc = await db.Incoming.Include(d => d.Assignments).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (doc is null || !DocumentAccess.CanSee(user, doc))
        {
            return Outcome<IncomingDocument>.NotFound();
        }
        if (doc.Status is not (IncomingStatus.Registered or IncomingStatus.InProgress))
        {
            return Outcome<IncomingDocument>.Conflict("Chỉ phân công được văn bản đã vào sổ và chưa hoàn thành / Only a registered, unfinished document can be assigned");
        }
        var now = clock.GetUtcNow();
        foreach (var a in request.Assignees!)
        {
            doc.Assignments.Add(new IncomingAssignment
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
            });
        }
        var before = Snapshot(doc);
        doc.ProcessingDeadline = request.Assignees!.First(a => a.Role == AssignmentRoles.Lead).Deadline ?? request.Deadline ?? doc.ProcessingDeadline;
        doc.Status = IncomingStatus.InProgress;
        doc.UpdatedAt = now;
        history.Add(db, doc.TenantId, doc.Id, Kind, "assigned", request.Note,
            request.Assignees!.Select(a => new { a.Name, a.Role, deadline = a.Deadline ?? request.Deadline }).ToList());
        Notify(db, doc, EdxmlStatus.Assigned, null);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("incoming.assigned", Kind, doc.Id.ToString(), before, Snapshot(doc), ct: ct);
        await session.CommitAsync(ct);
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
        var mine = doc.Assignments.FirstOrDefault(a => user.Handles.Contains(a.AssigneeId) && a.Role != AssignmentRoles.Inform);
        if (mine is null || doc.Status != IncomingStatus.InProgress)
        {
            return Outcome<IncomingDocument>.Forbidden("Chỉ người đang xử lý mới chuyển tiếp được / Only a current handler can forward");
        }
        var now = clock.GetUtcNow();
        foreach (var a in request.Assignees!)
        {
            doc.Assignments.Add(new IncomingAssignment
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
            });
        }
        mine.Status = "in-progress";
        doc.UpdatedAt = now;
        history.Add(db, doc.TenantId, doc.Id, Kind, "forwarded", request.Note, request.Assignees!.Select(a => new { a.Name, a.Role }).ToList());
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("incoming.forwarded", Kind, doc.Id.ToString(), null, new { to = request.Assignees!.Select(a => a.UserId) }, ct: ct);
        await session.CommitAsync(ct);
        return Outcome<IncomingDocument>.Ok(doc);
    }

    /// <summary>Ý kiến xử lý of a handler or leader; the first one tells the sender "05 đang xử lý".</summary>
    public async Task<Outcome<IncomingDocument>> AddOpinionAsync(Guid id, OpinionRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Text) || request.Text.Length > 4000)
        {
            return Outcome<IncomingDocument>.Invalid("text", "Bắt buộc nhập ý kiến (tối đa 4000 ký tự) / An opinion is required (at most 4000 characters)");
        }
        await using var db = await contexts.CreateAsync(ct);
        var doc = await db.Incoming.Include(d => d.Assignments).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (doc is null || !DocumentAccess.CanSee(user, doc))
        {
            return Outcome<IncomingDocument>.NotFound();
        }
        if (doc.Status is IncomingStatus.Recalled or IncomingStatus.Returned or IncomingStatus.Received or IncomingStatus.Done)
        {
            return Outcome<IncomingDocument>.Conflict("Văn bản chưa hoặc không còn trong quá trình xử lý / The document is not being processed");
        }
        var first = !await db.Events.AnyAsync(e => e.DocumentId == doc.Id && e.Kind == "opinion", ct);
        foreach (var mine in doc.Assignments.Where(a => user.Handles.Contains(a.AssigneeId) && a.Status == "pending"))
        {
            mine.Status = "in-progress";
        }
        history.Add(db, doc.TenantId, doc.Id, Kind, "opinion", request.Text.Trim());
        if (first)
        {
            Notify(db, doc, EdxmlStatus.Processing, null);
        }
        doc.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("incoming.opinion", Kind, doc.Id.ToString(), null, new { text = request.Text.Trim() }, ct: ct);
        await session.CommitAsync(ct);
        return Outcome<IncomingDocument>.Ok(doc);
    }

    /// <summary>Hoàn thành: the lead handler (or a leader) closes processing with a result.</summary>
    public async Task<Outcome<IncomingDocument>> FinishAsync(Guid id, FinishRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Result) || request.Result.Length > 4000)
        {
            return Outcome<IncomingDocument>.Invalid("result", "Bắt buộc nhập kết quả xử lý (tối đa 4000 ký tự) / A result is required (at most 4000 characters)");
        }
        await using var db = await contexts.CreateAsync(ct);
        var doc = await db.Incoming.Include(d => d.Assignments).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (doc is null || !DocumentAccess.CanSee(user, doc))
        {
            return Outcome<IncomingDocument>.NotFound();
        }
        var isLead = doc.Assignments.Any(a => user.Handles.Contains(a.AssigneeId) && a.Role == AssignmentRoles.Lead);
        if (!isLead && !user.HasRole(DocumentRoles.Leader))
        {
            return Outcome<IncomingDocument>.Forbidden("Chỉ người chủ trì hoặc lãnh đạo hoàn thành được / Only the lead handler or a leader can finish");
        }
        if (doc.Status != IncomingStatus.InProgress)
        {
            return Outcome<IncomingDocument>.Conflict("Chỉ hoàn thành được văn bản đang xử lý / Only a document in progress can be finished");
        }
        if (request.ReplyOutgoingId is { } reply && !await db.Outgoing.AnyAsync(o => o.Id == reply, ct))
        {
            return Outcome<IncomingDocument>.Invalid("replyOutgoingId", "Không tìm thấy văn bản trả lời / Reply document not found");
        }
        var before = Snapshot(doc);
        var now = clock.GetUtcNow();
        doc.Status = IncomingStatus.Done;
        doc.FinishedAt = now;
        doc.ResultNote = request.Result.Trim();
        doc.UpdatedAt = now;
        foreach (var a in doc.Assignments.Where(a => a.Status != "done"))
        {
            a.Status = "done";
            a.FinishedAt = now;
        }
        history.Add(db, doc.TenantId, doc.Id, Kind, "finished", doc.ResultNote, request.ReplyOutgoingId is { } r ? new { replyOutgoingId = r } : null);
        Notify(db, doc, EdxmlStatus.Done, doc.ResultNote);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("incoming.finished", Kind, doc.Id.ToString(), before, Snapshot(doc), ct: ct);
        await session.CommitAsync(ct);
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
            e.Add("deadline", "Hạn xử lý không thể ở quá khứ / The deadline cannot be in the past");
        }
        if (assignees is null || assignees.Count == 0)
        {
            e.Add("assignees", "Phải chọn ít nhất một người xử lý / At least one assignee is required");
            return e;
        }
        for (var i = 0; i < assignees.Count; i++)
        {
            var a = assignees[i];
            if (string.IsNullOrWhiteSpace(a.UserId) || string.IsNullOrWhiteSpace(a.Name))
            {
                e.Add($"assignees[{i}]", "Thiếu người nhận / Assignee id and name are required");
            }
            if (a.Role is null || !AssignmentRoles.All.Contains(a.Role))
            {
                e.Add($"assignees[{i}].role", "Vai trò phải là lead (chủ trì), coordinate (phối hợp) hoặc inform (để biết) / Role must be lead, coordinate or inform");
            }
        }
        if (requireLead && assignees.Count(a => a.Role == AssignmentRoles.Lead) != 1)
        {
            e.Add("assignees", "Phải có đúng một đơn vị/người chủ trì / Exactly one lead is required");
        }
        if (assignees.Select(a => a.UserId).Distinct().Count() != assignees.Count)
        {
            e.Add("assignees", "Một người chỉ được giao một vai trò / Each person appears once");
        }
        return e;
    }

    internal static string SearchTextOf(IncomingDocument d, IEnumerable<string?> texts) =>
        VietnameseText.Fold(string.Join(' ', new[] { d.Subject, d.NumberNotation, d.IssuerName, d.SignerName }.Concat(texts.Select(t => t is { Length: > 20000 } ? t[..20000] : t))));

    private static object Snapshot(IncomingDocument d) => new
    {
        d.Status,
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

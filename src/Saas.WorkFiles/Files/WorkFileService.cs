using Microsoft.EntityFrameworkCore;
using Saas.Documents;
using Saas.Platform.Auditing;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;

namespace Saas.WorkFiles.Files;

/// <summary>Mở, thu thập, kết thúc và nộp lưu hồ sơ (Nghị định 30/2020, Arts. 28–31).</summary>
public sealed class WorkFileService(
    TenantDbContextFactory<WorkFilesDbContext> contexts,
    ICurrentTenant tenant,
    IWorkFilesUser user,
    IDocumentDirectory documents,
    IAuditTrail audit,
    IAccessHistory access,
    Saas.Platform.Organization.IUnitNames units,
    TimeProvider clock)
{
    private DateOnly Today => Saas.Calendar.VietnamTime.Today(clock);

    /// <param name="id">Chosen by the caller when it must know the id before the commit (an Idempotency-Key row commits with the file).</param>
    public async Task<Outcome<WorkFile>> OpenAsync(OpenFileRequest r, CancellationToken ct, Guid? id = null)
    {
        await using var db = await contexts.CreateAsync(ct);
        var e = new FieldErrors();
        Saas.WorkFiles.FilePlans.FilePlanItem? item = null;
        if (r.PlanItemId is { } planItemId)
        {
            item = await db.PlanItems.FirstOrDefaultAsync(i => i.Id == planItemId, ct);
            if (item is null)
            {
                e.Add("planItemId", "workfiles.file.no_plan_item");
            }
        }
        var code = r.Code?.Trim() ?? item?.Code;
        var title = r.Title?.Trim() ?? item?.Title;
        if (string.IsNullOrWhiteSpace(code) || code.Length > 50)
        {
            e.Add("code", "workfiles.file.code_required");
        }
        if (string.IsNullOrWhiteSpace(title) || title.Length > 500)
        {
            e.Add("title", "workfiles.file.title_required");
        }
        var permanent = r.Permanent ?? (item is not null && item.RetentionYears is null);
        var retention = permanent ? null : r.RetentionYears ?? item?.RetentionYears;
        if (!permanent && retention is not (>= 1 and <= 100))
        {
            e.Add("retentionYears", "workfiles.retention_range");
        }
        var start = r.StartDate ?? Today;
        if (start > Today || start.Year < 1945)
        {
            e.Add("startDate", "workfiles.file.start_date_invalid");
        }
        if (r.Description is { Length: > 2000 })
        {
            e.Add("description", "workfiles.description_too_long");
        }
        var active = await units.ActiveAsync(ct);
        var unit = r.ResponsibleUnit?.Trim() is { Length: > 0 } given ? given : UnitOf(item?.Responsible, active);
        if (unit is not null && !active.ContainsKey(unit))
        {
            e.Add("responsibleUnit", "workfiles.file.no_such_unit");
        }
        if (e.Any)
        {
            return Outcome<WorkFile>.Invalid(e.ToDictionary());
        }
        var file = new WorkFile
        {
            TenantId = tenant.Id!.Value,
            Id = id ?? Guid.CreateVersion7(),
            PlanItemId = item?.Id,
            Code = code!,
            Title = title!,
            RetentionYears = retention,
            CapitalConstruction = r.CapitalConstruction ?? false,
            CreatorId = user.Id,
            CreatorName = user.Name,
            ResponsibleUnit = unit,
            StartDate = start,
            Description = r.Description?.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        db.Files.Add(file);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("workfile.opened", "workfile", file.Id.ToString(), null, new { file.Code, file.Title, file.RetentionYears, file.ResponsibleUnit }, ct: ct);
        return Outcome<WorkFile>.Ok(file);
    }

    /// <summary>Adds a document of this tenant by reference; the same document may be in several files.</summary>
    public async Task<Outcome<WorkFile>> AttachAsync(Guid fileId, AttachDocumentRequest r, CancellationToken ct)
    {
        if (r.Kind is not ("incoming" or "outgoing") || r.DocumentId is null)
        {
            return Outcome<WorkFile>.Invalid("documentId", "workfiles.file.choose_document");
        }
        await using var db = await contexts.CreateAsync(ct);
        var file = await LoadAsync(db, fileId, ct);
        if (file is null)
        {
            return Outcome<WorkFile>.NotFound();
        }
        if (file.CanChangeDocuments() is { } closed)
        {
            return closed.As<WorkFile>();
        }
        // Another tenant's id finds nothing here: the documents module only sees the current tenant.
        var doc = await documents.FindAsync(r.Kind, r.DocumentId.Value, ct);
        if (doc is null)
        {
            return Outcome<WorkFile>.Invalid("documentId", "workfiles.file.no_such_document");
        }
        var refused = file.Attach(new WorkFileDocument
        {
            TenantId = file.TenantId,
            FileId = file.Id,
            DocumentKind = r.Kind,
            DocumentId = doc.Id,
            Title = doc.Title,
            NumberNotation = doc.NumberNotation,
            DocumentDate = doc.Date,
            Pages = doc.Pages,
            Electronic = doc.Electronic,
            AddedBy = user.Name,
            AddedAt = clock.GetUtcNow(),
        });
        if (refused is not null)
        {
            return refused.As<WorkFile>();
        }
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("workfile.document-added", "workfile", file.Id.ToString(), null, new { r.Kind, doc.Id, doc.Title }, ct: ct);
        return Outcome<WorkFile>.Ok(await RedactAsync(db, file, ct));
    }

    public async Task<Outcome<WorkFile>> DetachAsync(Guid fileId, string kind, Guid documentId, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var file = await LoadAsync(db, fileId, ct);
        if (file is null)
        {
            return Outcome<WorkFile>.NotFound();
        }
        if (file.CanChangeDocuments() is { } closed)
        {
            return closed.As<WorkFile>();
        }
        var link = file.Documents.FirstOrDefault(d => d.DocumentKind == kind && d.DocumentId == documentId);
        // A document the user may not open is, to them, not in the file: it cannot be taken out either.
        if (link is null || !(await documents.VisibleAsync([new DocumentKey(kind, documentId)], ct)).Contains(new DocumentKey(kind, documentId)))
        {
            return Outcome<WorkFile>.NotFound();
        }
        file.Detach(link);
        db.FileDocuments.Remove(link);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("workfile.document-removed", "workfile", file.Id.ToString(), new { kind, documentId }, null, ct: ct);
        return Outcome<WorkFile>.Ok(await RedactAsync(db, file, ct));
    }

    /// <summary>Kết thúc hồ sơ (<see cref="WorkFile.Close"/>): the file becomes read-only and gets its deposit date.</summary>
    public async Task<Outcome<WorkFile>> CloseAsync(Guid fileId, CloseFileRequest r, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var file = await LoadAsync(db, fileId, ct);
        if (file is null)
        {
            return Outcome<WorkFile>.NotFound();
        }
        if (file.Close(r.EndDate ?? Today, r.Description, Today, clock.GetUtcNow()) is { } refused)
        {
            return refused.As<WorkFile>();
        }
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("workfile.closed", "workfile", file.Id.ToString(), new { status = WorkFileStatus.Open.Code() },
            new { status = file.Status.Code(), file.EndDate, file.DocCount, file.PageCount, file.FullyOnline, file.DepositDue }, ct: ct);
        return Outcome<WorkFile>.Ok(await RedactAsync(db, file, ct));
    }

    /// <summary>Nộp lưu vào Lưu trữ cơ quan (by the clerk/archivist): files kept five years or more are deposited.</summary>
    public async Task<Outcome<WorkFile>> DepositAsync(Guid fileId, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var file = await LoadAsync(db, fileId, ct);
        if (file is null)
        {
            return Outcome<WorkFile>.NotFound();
        }
        if (file.Deposit(user.Name, clock.GetUtcNow()) is { } refused)
        {
            return refused.As<WorkFile>();
        }
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("workfile.deposited", "workfile", file.Id.ToString(), new { status = WorkFileStatus.Closed.Code() },
            new { status = file.Status.Code(), file.DepositedAt }, ct: ct);
        return Outcome<WorkFile>.Ok(await RedactAsync(db, file, ct));
    }

    /// <summary>The file if the user may see it, with the documents they may not open withheld.</summary>
    public async Task<WorkFile?> GetAsync(Guid fileId, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var file = await db.Files.AsNoTracking().Include(f => f.Documents).Where(WorkFileAccess.Rule(user)).FirstOrDefaultAsync(f => f.Id == fileId, ct);
        return file is null ? null : await RedactAsync(db, file, ct);
    }

    /// <summary>Someone opens the file: shown if the rule lets them, and the view is recorded in the access history.</summary>
    public async Task<WorkFile?> ViewAsync(Guid fileId, CancellationToken ct)
    {
        var file = await GetAsync(fileId, ct);
        if (file is not null)
        {
            await access.RecordAsync("workfile", fileId.ToString(), AccessActions.View, ct: ct);
        }
        return file;
    }

    /// <summary>The package of a closed file is being handed out: recorded like a download.</summary>
    public Task RecordExportAsync(WorkFile file, CancellationToken ct) =>
        access.RecordAsync("workfile", file.Id.ToString(), AccessActions.Export, null, $"ho-so-{file.Code}.zip", ct);

    /// <summary>Who viewed and exported the file: for those who may see it and for the tenant admin; null otherwise.</summary>
    public async Task<IReadOnlyList<AccessEntry>?> AccessHistoryAsync(Guid fileId, CancellationToken ct) =>
        user.HasRole("tenant-admin") || await GetAsync(fileId, ct) is not null ? await access.ForItemAsync("workfile", fileId.ToString(), ct: ct) : null;

    public async Task<IReadOnlyList<WorkFile>> ListAsync(string? status, int? year, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var q = db.Files.AsNoTracking().Where(WorkFileAccess.Rule(user));
        if (!string.IsNullOrEmpty(status))
        {
            if (!WorkFileStatuses.TryParse(status, out var wanted))
            {
                return [];
            }
            q = q.Where(f => f.Status == wanted);
        }
        if (year is { } y)
        {
            q = q.Where(f => f.StartDate.Year == y);
        }
        return await q.OrderByDescending(f => f.CreatedAt).Take(500).ToListAsync(ct);
    }

    private Task<WorkFile?> LoadAsync(WorkFilesDbContext db, Guid id, CancellationToken ct) =>
        db.Files.Include(f => f.Documents).Where(WorkFileAccess.Rule(user)).FirstOrDefaultAsync(f => f.Id == id, ct);

    /// <summary>
    /// The file as this user may read it: references to documents the documents module will not open for them keep
    /// their place but say nothing of the document. The tracker is cleared first so the blanked copy is never saved.
    /// </summary>
    private async Task<WorkFile> RedactAsync(WorkFilesDbContext db, WorkFile file, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (file.Documents.Count == 0)
        {
            return file;
        }
        var visible = await documents.VisibleAsync([.. file.Documents.Select(d => new DocumentKey(d.DocumentKind, d.DocumentId))], ct);
        foreach (var d in file.Documents.Where(d => !visible.Contains(new DocumentKey(d.DocumentKind, d.DocumentId))))
        {
            d.Withhold();
        }
        return file;
    }

    /// <summary>The file list names the keeper in free text; a unit's code or name there makes it the responsible unit.</summary>
    private static string? UnitOf(string? responsible, IReadOnlyDictionary<string, string> active)
    {
        if (string.IsNullOrWhiteSpace(responsible))
        {
            return null;
        }
        var text = responsible.Trim();
        return active.ContainsKey(text) ? text
            : active.FirstOrDefault(u => string.Equals(u.Value, text, StringComparison.OrdinalIgnoreCase)).Key;
    }
}

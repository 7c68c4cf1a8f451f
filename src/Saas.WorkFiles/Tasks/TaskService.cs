using Microsoft.EntityFrameworkCore;
using Saas.Documents;
using Saas.Platform.Auditing;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;

namespace Saas.WorkFiles.Tasks;

/// <summary>Giao việc: assign, report progress, submit a result, accept or return it; every change in the task's history.</summary>
public sealed class TaskService(
    TenantDbContextFactory<WorkFilesDbContext> contexts,
    ICurrentTenant tenant,
    IWorkFilesUser user,
    Saas.Platform.Organization.IUnitNames units,
    Saas.Platform.Organization.ITenantStaff staff,
    IDocumentDirectory documents,
    IAuditTrail audit,
    TimeProvider clock)
{
    public static readonly IReadOnlyList<string> Priorities = ["low", "normal", "high", "urgent"];

    public async Task<Outcome<WorkTask>> CreateAsync(CreateTaskRequest r, CancellationToken ct)
    {
        var e = new FieldErrors();
        if (string.IsNullOrWhiteSpace(r.Title) || r.Title.Length > 500)
        {
            e.Add("title", "workfiles.task.title_required");
        }
        if (r.Priority is not null && !Priorities.Contains(r.Priority))
        {
            e.Add("priority", "workfiles.task.priority_invalid");
        }
        if (r.Deadline is not { } deadline || deadline < Saas.Calendar.VietnamTime.Today(clock) || deadline > Saas.Calendar.VietnamTime.Today(clock).AddYears(5))
        {
            e.Add("deadline", "workfiles.task.deadline_range");
        }
        var assignees = r.Assignees ?? [];
        if (assignees.Count == 0 || assignees.Any(a => string.IsNullOrWhiteSpace(a.UserId) || string.IsNullOrWhiteSpace(a.Name)))
        {
            e.Add("assignees", "workfiles.task.assignee_required");
        }
        else if (assignees.Count(a => (a.Role ?? "lead") == "lead") != 1 || assignees.Any(a => a.Role is not (null or "lead" or "coordinate")))
        {
            e.Add("assignees", "workfiles.task.one_lead");
        }
        await Saas.Platform.Organization.Assignees.CheckAsync(units, staff, [.. assignees.Select(a => a.UserId)], e, _ => "assignees", ct);
        await using var db = await contexts.CreateAsync(ct);
        if (r.ParentId is { } parentId && !await db.Tasks.AnyAsync(t => t.Id == parentId, ct))
        {
            e.Add("parentId", "workfiles.task.parent_not_found");
        }
        var links = new List<TaskLink>();
        foreach (var l in r.Links ?? [])
        {
            string? title = null;
            if (l.Id is { } id && l.Kind is "incoming" or "outgoing")
            {
                title = (await documents.FindAsync(l.Kind, id, ct))?.Title;
            }
            else if (l.Id is { } fid && l.Kind == "workfile")
            {
                title = await db.Files.Where(Saas.WorkFiles.Files.WorkFileAccess.Rule(user)).Where(f => f.Id == fid).Select(f => f.Title).FirstOrDefaultAsync(ct);
            }
            if (title is null)
            {
                e.Add("links", "workfiles.task.link_not_found");
            }
            else
            {
                links.Add(new TaskLink { TenantId = tenant.Id!.Value, Kind = l.Kind!, TargetId = l.Id!.Value, Title = title });
            }
        }
        if (e.Any)
        {
            return Outcome<WorkTask>.Invalid(e.ToDictionary());
        }
        var now = clock.GetUtcNow();
        var task = new WorkTask
        {
            TenantId = tenant.Id!.Value,
            Id = Guid.CreateVersion7(),
            ParentId = r.ParentId,
            Title = r.Title!.Trim(),
            Description = r.Description?.Trim(),
            Priority = r.Priority ?? "normal",
            Deadline = r.Deadline!.Value,
            AssignerId = user.Id,
            AssignerName = user.Name,
            CreatedAt = now,
            UpdatedAt = now,
            Assignees = assignees.Select(a => new TaskAssignee { TenantId = tenant.Id!.Value, AssigneeId = a.UserId!, AssigneeName = a.Name!.Trim(), Role = a.Role ?? "lead" }).ToList(),
        };
        foreach (var link in links)
        {
            link.TaskId = task.Id;
            task.Links.Add(link);
        }
        db.Tasks.Add(task);
        Event(db, task, "assigned", string.Join(", ", task.Assignees.Select(a => a.AssigneeName)));
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("task.created", "task", task.Id.ToString(), null, new { task.Title, task.Deadline, assignees = task.Assignees.Select(a => a.AssigneeId) }, ct: ct);
        return Outcome<WorkTask>.Ok(task);
    }

    public Task<Outcome<WorkTask>> ReportProgressAsync(Guid id, ProgressRequest r, CancellationToken ct) =>
        ChangeAsync(id, "progress", r.Note, task => task.ReportProgress(user.Handles, r.Progress), ct, progress: r.Progress);

    public Task<Outcome<WorkTask>> SubmitAsync(Guid id, ResultRequest r, CancellationToken ct) =>
        ChangeAsync(id, "submitted", r.Result, task => task.Submit(user.Handles, r.Result), ct);

    public Task<Outcome<WorkTask>> AcceptAsync(Guid id, ReviewRequest r, CancellationToken ct) =>
        ChangeAsync(id, "accepted", r.Note, task => task.Accept(user.Id), ct);

    public Task<Outcome<WorkTask>> ReturnAsync(Guid id, ReviewRequest r, CancellationToken ct) =>
        ChangeAsync(id, "returned", r.Note, task => task.Return(user.Id, r.Note), ct);

    public async Task<(WorkTask Task, IReadOnlyList<TaskEvent> History, IReadOnlyList<WorkTask> SubTasks)?> GetAsync(Guid id, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var task = await db.Tasks.AsNoTracking().Include(t => t.Assignees).Include(t => t.Links).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (task is null || !CanSee(task))
        {
            return null;
        }
        await WithholdLinksAsync(db, task, ct);
        return (task,
            await db.TaskEvents.AsNoTracking().Where(x => x.TaskId == id).OrderBy(x => x.Id).ToListAsync(ct),
            await db.Tasks.AsNoTracking().Include(t => t.Assignees).Where(t => t.ParentId == id).OrderBy(t => t.Deadline).ToListAsync(ct));
    }

    /// <summary>mine = assigned to me or my units; given = given by me; unit = everything (leaders, head role) or what was given to the units I head.</summary>
    public async Task<IReadOnlyList<WorkTask>> ListAsync(string scope, bool overdueOnly, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var today = Saas.Calendar.VietnamTime.Today(clock);
        var q = db.Tasks.AsNoTracking().Include(t => t.Assignees).AsQueryable();
        var handles = user.Handles;
        var headed = user.HeadedUnits.Select(c => "unit:" + c).ToList();
        q = scope switch
        {
            "given" => q.Where(t => t.AssignerId == user.Id),
            "unit" when user.HasRole("leader", "head") => q,
            "unit" when headed.Count > 0 => q.Where(t => t.Assignees.Any(a => headed.Contains(a.AssigneeId))),
            _ => q.Where(t => t.Assignees.Any(a => handles.Contains(a.AssigneeId))),
        };
        if (overdueOnly)
        {
            q = q.Where(t => t.Deadline < today && (t.Status == WorkTaskStatus.Assigned || t.Status == WorkTaskStatus.InProgress || t.Status == WorkTaskStatus.Returned));
        }
        return await q.OrderBy(t => t.Deadline).Take(500).ToListAsync(ct);
    }

    /// <summary>Open tasks given to any of these assignees (a unit and its members, for the unit head's backlog).</summary>
    public async Task<IReadOnlyList<WorkTask>> OpenForAssigneesAsync(IReadOnlyCollection<string> assigneeIds, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.Tasks.AsNoTracking().Include(t => t.Assignees)
            .Where(t => (t.Status == WorkTaskStatus.Assigned || t.Status == WorkTaskStatus.InProgress || t.Status == WorkTaskStatus.Returned || t.Status == WorkTaskStatus.Submitted)
                        && t.Assignees.Any(a => assigneeIds.Contains(a.AssigneeId)))
            .OrderBy(t => t.Deadline).Take(500).ToListAsync(ct);
    }

    /// <summary>Links to documents or files the viewer may not open stay, blank: each target's own rule decides.</summary>
    private async Task WithholdLinksAsync(WorkFilesDbContext db, WorkTask task, CancellationToken ct)
    {
        var docs = task.Links.Where(l => l.Kind is "incoming" or "outgoing").Select(l => new DocumentKey(l.Kind, l.TargetId)).ToList();
        var visibleDocs = await documents.VisibleAsync(docs, ct);
        var fileIds = task.Links.Where(l => l.Kind == "workfile").Select(l => l.TargetId).ToList();
        var visibleFiles = fileIds.Count == 0 ? [] : await db.Files.AsNoTracking().Where(Saas.WorkFiles.Files.WorkFileAccess.Rule(user))
            .Where(f => fileIds.Contains(f.Id)).Select(f => f.Id).ToListAsync(ct);
        foreach (var l in task.Links)
        {
            var visible = l.Kind == "workfile" ? visibleFiles.Contains(l.TargetId) : visibleDocs.Contains(new DocumentKey(l.Kind, l.TargetId));
            if (!visible)
            {
                l.Withhold();
            }
        }
    }

    private bool CanSee(WorkTask task) => task.IsAssignee(user.Handles) || task.AssignerId == user.Id || user.HasRole("leader", "head");

    private async Task<Outcome<WorkTask>> ChangeAsync(Guid id, string kind, string? note, Func<WorkTask, Refusal?> change,
        CancellationToken ct, int? progress = null)
    {
        await using var db = await contexts.CreateAsync(ct);
        var task = await db.Tasks.Include(t => t.Assignees).Include(t => t.Links).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (task is null || !CanSee(task))
        {
            return Outcome<WorkTask>.NotFound();
        }
        var before = new { status = task.Status.Code(), task.Progress };
        if (change(task) is { } refusal)
        {
            return refusal.As<WorkTask>();
        }
        task.UpdatedAt = clock.GetUtcNow();
        Event(db, task, kind, note?.Trim(), progress);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("task." + kind, "task", task.Id.ToString(), before, new { status = task.Status.Code(), task.Progress, note }, ct: ct);
        return Outcome<WorkTask>.Ok(task);
    }

    private void Event(WorkFilesDbContext db, WorkTask task, string kind, string? note, int? progress = null) =>
        db.TaskEvents.Add(new TaskEvent
        {
            TenantId = task.TenantId,
            TaskId = task.Id,
            At = clock.GetUtcNow(),
            ActorId = user.Id,
            ActorName = user.Name,
            Kind = kind,
            Note = note,
            Progress = progress,
        });
}

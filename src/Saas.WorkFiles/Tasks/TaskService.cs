using Microsoft.EntityFrameworkCore;
using Saas.Documents;
using Saas.Platform.Auditing;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;

namespace Saas.WorkFiles.Tasks;

/// <summary>Giao việc: assign, report progress, submit a result, accept or return it; every change in the task's history.</summary>
public sealed class TaskService(
    TenantDbContextFactory<WorkFilesDbContext> contexts,
    TenantDataSession session,
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
            e.Add("title", "Bắt buộc nhập nội dung công việc (tối đa 500 ký tự) / A title is required (at most 500 characters)");
        }
        if (r.Priority is not null && !Priorities.Contains(r.Priority))
        {
            e.Add("priority", "Mức ưu tiên: low, normal, high, urgent / Priority must be low, normal, high or urgent");
        }
        if (r.Deadline is not { } deadline || deadline < Saas.Calendar.VietnamTime.Today(clock) || deadline > Saas.Calendar.VietnamTime.Today(clock).AddYears(5))
        {
            e.Add("deadline", "Hạn hoàn thành phải từ hôm nay trở đi (tối đa 5 năm) / The deadline must be today or later (within 5 years)");
        }
        var assignees = r.Assignees ?? [];
        if (assignees.Count == 0 || assignees.Any(a => string.IsNullOrWhiteSpace(a.UserId) || string.IsNullOrWhiteSpace(a.Name)))
        {
            e.Add("assignees", "Phải giao cho ít nhất một người / At least one assignee is required");
        }
        else if (assignees.Count(a => (a.Role ?? "lead") == "lead") != 1 || assignees.Any(a => a.Role is not (null or "lead" or "coordinate")))
        {
            e.Add("assignees", "Đúng một người chủ trì, còn lại phối hợp / Exactly one lead; the others coordinate");
        }
        await Saas.Platform.Organization.Assignees.CheckAsync(units, staff, [.. assignees.Select(a => a.UserId)], e, _ => "assignees", ct);
        await using var db = await contexts.CreateAsync(ct);
        if (r.ParentId is { } parentId && !await db.Tasks.AnyAsync(t => t.Id == parentId, ct))
        {
            e.Add("parentId", "Không tìm thấy công việc cha / Parent task not found");
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
                e.Add("links", $"Không tìm thấy {l.Kind} {l.Id} trong đơn vị / No such {l.Kind} in this agency");
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
        await session.CommitAsync(ct);
        return Outcome<WorkTask>.Ok(task);
    }

    public Task<Outcome<WorkTask>> ReportProgressAsync(Guid id, ProgressRequest r, CancellationToken ct) =>
        ChangeAsync(id, "progress", r.Note, task =>
        {
            if (r.Progress is not (>= 0 and <= 100))
            {
                return ("progress", "Tiến độ từ 0 đến 100% / Progress is 0–100%");
            }
            if (!IsAssignee(task) || task.Status is not (TaskStatuses.Assigned or TaskStatuses.InProgress or TaskStatuses.Returned))
            {
                return (null, "Chỉ người được giao báo cáo tiến độ công việc đang làm / Only an assignee reports progress on an open task");
            }
            task.Progress = r.Progress.Value;
            task.Status = TaskStatuses.InProgress;
            return default;
        }, ct, progress: r.Progress);

    public Task<Outcome<WorkTask>> SubmitAsync(Guid id, ResultRequest r, CancellationToken ct) =>
        ChangeAsync(id, "submitted", r.Result, task =>
        {
            if (string.IsNullOrWhiteSpace(r.Result) || r.Result.Length > 4000)
            {
                return ("result", "Bắt buộc nhập kết quả (tối đa 4000 ký tự) / A result is required (at most 4000 characters)");
            }
            if (!task.Assignees.Any(a => user.Handles.Contains(a.AssigneeId) && a.Role == "lead") || !TaskStatuses.IsOpen(task.Status) || task.Status == TaskStatuses.Submitted)
            {
                return (null, "Chỉ người chủ trì nộp kết quả công việc đang làm / Only the lead submits the result of an open task");
            }
            task.Result = r.Result.Trim();
            task.Progress = 100;
            task.Status = TaskStatuses.Submitted;
            return default;
        }, ct);

    public Task<Outcome<WorkTask>> AcceptAsync(Guid id, ReviewRequest r, CancellationToken ct) =>
        ChangeAsync(id, "accepted", r.Note, task =>
        {
            if (task.AssignerId != user.Id || task.Status != TaskStatuses.Submitted)
            {
                return (null, "Chỉ người giao việc nghiệm thu kết quả đã nộp / Only the assigner accepts a submitted result");
            }
            task.Status = TaskStatuses.Accepted;
            return default;
        }, ct);

    public Task<Outcome<WorkTask>> ReturnAsync(Guid id, ReviewRequest r, CancellationToken ct) =>
        ChangeAsync(id, "returned", r.Note, task =>
        {
            if (string.IsNullOrWhiteSpace(r.Note))
            {
                return ("note", "Bắt buộc nêu lý do trả lại / A reason is required");
            }
            if (task.AssignerId != user.Id || task.Status != TaskStatuses.Submitted)
            {
                return (null, "Chỉ người giao việc trả lại kết quả đã nộp / Only the assigner returns a submitted result");
            }
            task.Status = TaskStatuses.Returned;
            return default;
        }, ct);

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
            q = q.Where(t => t.Deadline < today && (t.Status == TaskStatuses.Assigned || t.Status == TaskStatuses.InProgress || t.Status == TaskStatuses.Returned));
        }
        return await q.OrderBy(t => t.Deadline).Take(500).ToListAsync(ct);
    }

    /// <summary>Open tasks given to any of these assignees (a unit and its members, for the unit head's backlog).</summary>
    public async Task<IReadOnlyList<WorkTask>> OpenForAssigneesAsync(IReadOnlyCollection<string> assigneeIds, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.Tasks.AsNoTracking().Include(t => t.Assignees)
            .Where(t => (t.Status == TaskStatuses.Assigned || t.Status == TaskStatuses.InProgress || t.Status == TaskStatuses.Returned || t.Status == TaskStatuses.Submitted)
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

    private bool IsAssignee(WorkTask task) => task.Assignees.Any(a => user.Handles.Contains(a.AssigneeId));

    private bool CanSee(WorkTask task) => IsAssignee(task) || task.AssignerId == user.Id || user.HasRole("leader", "head");

    private async Task<Outcome<WorkTask>> ChangeAsync(Guid id, string kind, string? note, Func<WorkTask, (string? Field, string Message)?> change,
        CancellationToken ct, int? progress = null)
    {
        await using var db = await contexts.CreateAsync(ct);
        var task = await db.Tasks.Include(t => t.Assignees).Include(t => t.Links).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (task is null || !CanSee(task))
        {
            return Outcome<WorkTask>.NotFound();
        }
        var before = new { task.Status, task.Progress };
        if (change(task) is { } refusal)
        {
            return refusal.Field is { } field ? Outcome<WorkTask>.Invalid(field, refusal.Message) : Outcome<WorkTask>.Conflict(refusal.Message);
        }
        task.UpdatedAt = clock.GetUtcNow();
        Event(db, task, kind, note?.Trim(), progress);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("task." + kind, "task", task.Id.ToString(), before, new { task.Status, task.Progress, note }, ct: ct);
        await session.CommitAsync(ct);
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

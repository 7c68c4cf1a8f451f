using Saas.WorkFiles.FilePlans;
using Saas.WorkFiles.Files;
using Saas.WorkFiles.Notifications;
using Saas.WorkFiles.Tasks;

namespace Saas.WorkFiles.Web;

/// <summary>A document in a file; <c>Withheld</c> = the viewer may not open it, so id, title, number and date are blank.</summary>
public sealed record FileDocumentDto(string Kind, Guid? DocumentId, string? Title, string? NumberNotation, DateOnly? Date, int? Pages, bool Electronic, DateTimeOffset AddedAt, bool Withheld);

public sealed record WorkFileDto(
    Guid Id, Guid? PlanItemId, string Code, string Title, int? RetentionYears, string Retention, bool CapitalConstruction, string CreatorName,
    DateOnly StartDate, DateOnly? EndDate, string Status, int? DocCount, int? PageCount, bool? FullyOnline, DateOnly? DepositDue,
    DateTimeOffset? DepositedAt, string? Description, string? ResponsibleUnit, IReadOnlyList<FileDocumentDto> Documents)
{
    public static WorkFileDto From(WorkFile f) => new(
        f.Id, f.PlanItemId, f.Code, f.Title, f.RetentionYears, Saas.WorkFiles.FilePlans.Retention.Describe(f.RetentionYears), f.CapitalConstruction, f.CreatorName, f.StartDate,
        f.EndDate, f.Status.Code(), f.DocCount, f.PageCount, f.FullyOnline, f.DepositDue, f.DepositedAt, f.Description, f.ResponsibleUnit,
        f.Documents.OrderBy(d => d.DocumentDate).ThenBy(d => d.AddedAt)
            .Select(d => d.Withheld
                ? new FileDocumentDto(d.DocumentKind, null, null, null, null, null, d.Electronic, d.AddedAt, true)
                : new FileDocumentDto(d.DocumentKind, d.DocumentId, d.Title, d.NumberNotation, d.DocumentDate, d.Pages, d.Electronic, d.AddedAt, false)).ToList());
}

public sealed record FilePlanItemDto(Guid Id, string Heading, string Code, string Title, int? RetentionYears, string Retention, string? Responsible);

public sealed record FilePlanDto(int Year, string Status, string? ApprovedBy, DateTimeOffset? ApprovedAt, IReadOnlyList<FilePlanItemDto> Items)
{
    public static FilePlanDto From(FilePlan p) => new(p.Year, p.Status.Code(), p.ApprovedBy, p.ApprovedAt,
        p.Items.OrderBy(i => i.SortOrder).Select(i => new FilePlanItemDto(i.Id, i.Heading, i.Code, i.Title, i.RetentionYears, Saas.WorkFiles.FilePlans.Retention.Describe(i.RetentionYears), i.Responsible)).ToList());
}

public sealed record TaskAssigneeDto(string AssigneeId, string AssigneeName, string Role);

/// <summary>A link to a document or file; <c>Withheld</c> = the viewer may not open the target, so it says nothing of it.</summary>
public sealed record TaskLinkDto(string Kind, Guid? TargetId, string? Title, bool Withheld);

public sealed record TaskEventDto(DateTimeOffset At, string? ActorName, string Kind, string? Note, int? Progress);

public sealed record SubTaskDto(Guid Id, string Title, DateOnly Deadline, string Status);

public sealed record TaskDto(
    Guid Id, Guid? ParentId, string Title, string? Description, string Priority, DateOnly Deadline, string Status, bool Overdue, int Progress,
    string AssignerName, string? Result, IReadOnlyList<TaskAssigneeDto> Assignees, IReadOnlyList<TaskLinkDto> Links, IReadOnlyList<TaskEventDto> History,
    IReadOnlyList<SubTaskDto> SubTasks)
{
    public static TaskDto From(WorkTask t, DateOnly today, IEnumerable<TaskEvent>? history = null, IEnumerable<WorkTask>? subTasks = null) => new(
        t.Id, t.ParentId, t.Title, t.Description, t.Priority, t.Deadline, t.Status.Code(), t.IsOverdue(today), t.Progress, t.AssignerName, t.Result,
        t.Assignees.Select(a => new TaskAssigneeDto(a.AssigneeId, a.AssigneeName, a.Role)).ToList(),
        t.Links.Select(l => l.Withheld ? new TaskLinkDto(l.Kind, null, null, true) : new TaskLinkDto(l.Kind, l.TargetId, l.Title, false)).ToList(),
        (history ?? []).Select(e => new TaskEventDto(e.At, e.ActorName, e.Kind, e.Note, e.Progress)).ToList(),
        (subTasks ?? []).Select(s => new SubTaskDto(s.Id, s.Title, s.Deadline, s.Status.Code())).ToList());
}

public sealed record NotificationDto(Guid Id, string Kind, string Title, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    public static NotificationDto From(Notification n) => new(n.Id, n.Kind, n.Title, n.Link, n.CreatedAt, n.ReadAt);
}

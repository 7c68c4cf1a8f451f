using Saas.WorkFiles.FilePlans;
using Saas.WorkFiles.Files;
using Saas.WorkFiles.Tasks;

namespace Saas.Host.WorkFiles;

/// <summary>A document in a file; <c>Withheld</c> = the viewer may not open it, so id, title, number and date are blank.</summary>
public sealed record FileDocumentDto(string Kind, Guid? DocumentId, string? Title, string? NumberNotation, DateOnly? Date, int? Pages, bool Electronic, DateTimeOffset AddedAt, bool Withheld);

public sealed record WorkFileDto(
    Guid Id, Guid? PlanItemId, string Code, string Title, int? RetentionYears, string Retention, bool CapitalConstruction, string CreatorName,
    DateOnly StartDate, DateOnly? EndDate, string Status, int? DocCount, int? PageCount, bool? FullyOnline, DateOnly? DepositDue,
    DateTimeOffset? DepositedAt, string? Description, string? ResponsibleUnit, IReadOnlyList<FileDocumentDto> Documents)
{
    public static WorkFileDto From(WorkFile f) => new(
        f.Id, f.PlanItemId, f.Code, f.Title, f.RetentionYears, Saas.WorkFiles.FilePlans.Retention.Describe(f.RetentionYears), f.CapitalConstruction, f.CreatorName, f.StartDate,
        f.EndDate, f.Status, f.DocCount, f.PageCount, f.FullyOnline, f.DepositDue, f.DepositedAt, f.Description, f.ResponsibleUnit,
        f.Documents.OrderBy(d => d.DocumentDate).ThenBy(d => d.AddedAt)
            .Select(d => d.Withheld
                ? new FileDocumentDto(d.DocumentKind, null, null, null, null, null, d.Electronic, d.AddedAt, true)
                : new FileDocumentDto(d.DocumentKind, d.DocumentId, d.Title, d.NumberNotation, d.DocumentDate, d.Pages, d.Electronic, d.AddedAt, false)).ToList());
}

public sealed record FilePlanItemDto(Guid Id, string Heading, string Code, string Title, int? RetentionYears, string Retention, string? Responsible);

public sealed record FilePlanDto(int Year, string Status, string? ApprovedBy, DateTimeOffset? ApprovedAt, IReadOnlyList<FilePlanItemDto> Items)
{
    public static FilePlanDto From(FilePlan p) => new(p.Year, p.Status, p.ApprovedBy, p.ApprovedAt,
        p.Items.OrderBy(i => i.SortOrder).Select(i => new FilePlanItemDto(i.Id, i.Heading, i.Code, i.Title, i.RetentionYears, Saas.WorkFiles.FilePlans.Retention.Describe(i.RetentionYears), i.Responsible)).ToList());
}

public sealed record TaskDto(
    Guid Id, Guid? ParentId, string Title, string? Description, string Priority, DateOnly Deadline, string Status, bool Overdue, int Progress,
    string AssignerName, string? Result, IReadOnlyList<object> Assignees, IReadOnlyList<object> Links, IReadOnlyList<object> History, IReadOnlyList<object> SubTasks)
{
    public static TaskDto From(WorkTask t, DateOnly today, IEnumerable<TaskEvent>? history = null, IEnumerable<WorkTask>? subTasks = null) => new(
        t.Id, t.ParentId, t.Title, t.Description, t.Priority, t.Deadline, t.Status,
        t.Deadline < today && t.Status is TaskStatuses.Assigned or TaskStatuses.InProgress or TaskStatuses.Returned, t.Progress, t.AssignerName, t.Result,
        t.Assignees.Select(a => (object)new { a.AssigneeId, a.AssigneeName, a.Role }).ToList(),
        t.Links.Select(l => l.Withheld ? (object)new { l.Kind, TargetId = (Guid?)null, Title = (string?)null, l.Withheld }
            : new { l.Kind, TargetId = (Guid?)l.TargetId, Title = (string?)l.Title, l.Withheld }).ToList(),
        (history ?? []).Select(e => (object)new { e.At, e.ActorName, e.Kind, e.Note, e.Progress }).ToList(),
        (subTasks ?? []).Select(s => (object)new { s.Id, s.Title, s.Deadline, s.Status }).ToList());
}

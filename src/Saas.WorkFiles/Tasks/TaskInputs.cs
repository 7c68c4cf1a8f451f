namespace Saas.WorkFiles.Tasks;

public sealed record TaskAssigneeInput(string? UserId, string? Name, string? Role);

public sealed record TaskLinkInput(string? Kind, Guid? Id);

public sealed record CreateTaskRequest(string? Title, string? Description, string? Priority, DateOnly? Deadline,
    IReadOnlyList<TaskAssigneeInput>? Assignees, IReadOnlyList<TaskLinkInput>? Links, Guid? ParentId);

public sealed record ProgressRequest(int? Progress, string? Note);

public sealed record ResultRequest(string? Result);

public sealed record ReviewRequest(string? Note);

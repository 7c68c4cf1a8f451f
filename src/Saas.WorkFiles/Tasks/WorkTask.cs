using Saas.Platform.MultiTenancy;

namespace Saas.WorkFiles.Tasks;

/// <summary>Giao việc: a task given by a leader to people, with a deadline, priority, links and sub-tasks.</summary>
public sealed class WorkTask : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid Id { get; set; }

    public Guid? ParentId { get; set; }

    public string Title { get; set; } = "";

    public string? Description { get; set; }

    /// <summary>low | normal | high | urgent.</summary>
    public string Priority { get; set; } = "normal";

    public DateOnly Deadline { get; set; }

    /// <summary>Stored as assigned | in-progress | submitted | accepted | returned | cancelled (<see cref="TaskStatuses"/>).</summary>
    public WorkTaskStatus Status { get; private set; } = WorkTaskStatus.Assigned;

    public string AssignerId { get; set; } = "";

    public string AssignerName { get; set; } = "";

    public int Progress { get; set; }

    public string? Result { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<TaskAssignee> Assignees { get; set; } = [];

    public List<TaskLink> Links { get; set; } = [];

    /// <summary>Not finished: accepted and cancelled tasks are closed.</summary>
    public bool IsOpen => Status.IsOpen();

    /// <summary>Being worked on (not waiting for the assigner's review) and past its deadline.</summary>
    public bool IsOverdue(DateOnly today) => Deadline < today && Status.IsBeingWorkedOn();

    public bool IsAssignee(IReadOnlyList<string> handles) => Assignees.Any(a => handles.Contains(a.AssigneeId));

    public bool IsLead(IReadOnlyList<string> handles) => Assignees.Any(a => handles.Contains(a.AssigneeId) && a.Role == "lead");

    /// <summary>An assignee reports progress while the task is being worked on.</summary>
    public Refusal? CanReportProgress(IReadOnlyList<string> handles) =>
        IsAssignee(handles) && Status.IsBeingWorkedOn() ? null : Refusal.Conflict("workfiles.task.progress_assignee_only");

    public Refusal? ReportProgress(IReadOnlyList<string> handles, int? progress)
    {
        if (progress is not (>= 0 and <= 100))
        {
            return Refusal.Invalid("progress", "workfiles.task.progress_range");
        }
        if (CanReportProgress(handles) is { } refused)
        {
            return refused;
        }
        Progress = progress.Value;
        Status = WorkTaskStatus.InProgress;
        return null;
    }

    /// <summary>The lead submits the result of a task being worked on (not one already waiting for review).</summary>
    public Refusal? CanSubmit(IReadOnlyList<string> handles) =>
        IsLead(handles) && Status.IsBeingWorkedOn() ? null : Refusal.Conflict("workfiles.task.submit_lead_only");

    public Refusal? Submit(IReadOnlyList<string> handles, string? result)
    {
        if (string.IsNullOrWhiteSpace(result) || result.Length > 4000)
        {
            return Refusal.Invalid("result", "workfiles.task.result_required");
        }
        if (CanSubmit(handles) is { } refused)
        {
            return refused;
        }
        Result = result.Trim();
        Progress = 100;
        Status = WorkTaskStatus.Submitted;
        return null;
    }

    /// <summary>The assigner reviews (accepts or returns) a submitted result.</summary>
    public bool CanReview(string userId) => AssignerId == userId && Status == WorkTaskStatus.Submitted;

    public Refusal? Accept(string userId)
    {
        if (!CanReview(userId))
        {
            return Refusal.Conflict("workfiles.task.accept_assigner_only");
        }
        Status = WorkTaskStatus.Accepted;
        return null;
    }

    public Refusal? Return(string userId, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Refusal.Invalid("note", "workfiles.task.return_reason_required");
        }
        if (!CanReview(userId))
        {
            return Refusal.Conflict("workfiles.task.return_assigner_only");
        }
        Status = WorkTaskStatus.Returned;
        return null;
    }
}

public enum WorkTaskStatus
{
    Assigned,
    InProgress,
    Submitted,
    Accepted,
    Returned,
    Cancelled,
}

/// <summary>The stored and wire values of <see cref="WorkTaskStatus"/> (the database keeps the same strings as before).</summary>
public static class TaskStatuses
{
    public static string Code(this WorkTaskStatus status) => status switch
    {
        WorkTaskStatus.InProgress => "in-progress",
        WorkTaskStatus.Submitted => "submitted",
        WorkTaskStatus.Accepted => "accepted",
        WorkTaskStatus.Returned => "returned",
        WorkTaskStatus.Cancelled => "cancelled",
        _ => "assigned",
    };

    public static WorkTaskStatus FromCode(string code) => code switch
    {
        "assigned" => WorkTaskStatus.Assigned,
        "in-progress" => WorkTaskStatus.InProgress,
        "submitted" => WorkTaskStatus.Submitted,
        "accepted" => WorkTaskStatus.Accepted,
        "returned" => WorkTaskStatus.Returned,
        "cancelled" => WorkTaskStatus.Cancelled,
        _ => throw new InvalidOperationException($"Unknown task status '{code}'."),
    };

    /// <summary>Not yet accepted or cancelled.</summary>
    public static bool IsOpen(this WorkTaskStatus status) => status is not (WorkTaskStatus.Accepted or WorkTaskStatus.Cancelled);

    /// <summary>In the assignees' hands: assigned, in progress or returned to them.</summary>
    public static bool IsBeingWorkedOn(this WorkTaskStatus status) =>
        status is WorkTaskStatus.Assigned or WorkTaskStatus.InProgress or WorkTaskStatus.Returned;
}

public sealed class TaskAssignee : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid TaskId { get; set; }

    public string AssigneeId { get; set; } = "";

    public string AssigneeName { get; set; } = "";

    /// <summary>lead | coordinate.</summary>
    public string Role { get; set; } = "lead";
}

public sealed class TaskLink : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid TaskId { get; set; }

    /// <summary>incoming | outgoing | workfile.</summary>
    public string Kind { get; set; } = "";

    public Guid TargetId { get; set; }

    public string Title { get; set; } = "";

    /// <summary>True on a read copy for a viewer who may not open the target: the link keeps its place and says nothing.</summary>
    public bool Withheld { get; private set; }

    public void Withhold()
    {
        Withheld = true;
        TargetId = Guid.Empty;
        Title = "";
    }
}

public sealed class TaskEvent : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid TaskId { get; set; }

    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string? ActorId { get; set; }

    public string? ActorName { get; set; }

    public string Kind { get; set; } = "";

    public string? Note { get; set; }

    public int? Progress { get; set; }
}

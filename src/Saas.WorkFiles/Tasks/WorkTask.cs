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

    /// <summary>assigned | in-progress | submitted | accepted | returned | cancelled.</summary>
    public string Status { get; set; } = TaskStatuses.Assigned;

    public string AssignerId { get; set; } = "";

    public string AssignerName { get; set; } = "";

    public int Progress { get; set; }

    public string? Result { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<TaskAssignee> Assignees { get; set; } = [];

    public List<TaskLink> Links { get; set; } = [];
}

public static class TaskStatuses
{
    public const string Assigned = "assigned";
    public const string InProgress = "in-progress";
    public const string Submitted = "submitted";
    public const string Accepted = "accepted";
    public const string Returned = "returned";
    public const string Cancelled = "cancelled";

    public static bool IsOpen(string status) => status is Assigned or InProgress or Submitted or Returned;
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

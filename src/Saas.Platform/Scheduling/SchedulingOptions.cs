using System.ComponentModel.DataAnnotations;
namespace Saas.Platform.Scheduling;

/// <summary>Bound from <c>Scheduling</c>.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    public bool Enabled { get; set; } = true;

    /// <summary>Unique per node; "AUTO" (the default) generates one from host name, process id and a random part.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Scheduling:InstanceId is required (AUTO generates one).")]
    public string InstanceId { get; set; } = "AUTO";

    [Range(1, 3600, ErrorMessage = "Scheduling:CheckinIntervalSeconds must be between 1 and 3600.")]
    public int CheckinIntervalSeconds { get; set; } = 7;

    /// <summary>Interval of the platform heartbeat job, which proves the cluster fires each trigger once.</summary>
    [Range(1, 86400, ErrorMessage = "Scheduling:HeartbeatSeconds must be between 1 and 86400.")]
    public int HeartbeatSeconds { get; set; } = 60;

    /// <summary>How long one heartbeat run lasts (0 by default): lets a fault test kill a node while a job is running.</summary>
    [Range(0, 3600, ErrorMessage = "Scheduling:HeartbeatHoldSeconds must be between 0 and 3600.")]
    public int HeartbeatHoldSeconds { get; set; }
}

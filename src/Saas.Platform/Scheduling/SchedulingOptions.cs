namespace Saas.Platform.Scheduling;

/// <summary>Bound from <c>Scheduling</c>.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    public bool Enabled { get; set; } = true;

    /// <summary>Unique per node; "AUTO" (the default) generates one from host name, process id and a random part.</summary>
    public string InstanceId { get; set; } = "AUTO";

    public int CheckinIntervalSeconds { get; set; } = 7;

    /// <summary>Interval of the platform heartbeat job, which proves the cluster fires each trigger once.</summary>
    public int HeartbeatSeconds { get; set; } = 60;

    /// <summary>How long one heartbeat run lasts (0 by default): lets a fault test kill a node while a job is running.</summary>
    public int HeartbeatHoldSeconds { get; set; }
}

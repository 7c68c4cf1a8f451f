namespace Saas.Platform.Scheduling;

/// <summary>Bound from <c>Scheduling</c>.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    public bool Enabled { get; set; } = true;

    /// <summary>Unique per node; "AUTO" lets Quartz generate one from host name and time.</summary>
    public string InstanceId { get; set; } = "AUTO";

    public int CheckinIntervalSeconds { get; set; } = 7;

    /// <summary>Interval of the platform heartbeat job, which proves the cluster fires each trigger once.</summary>
    public int HeartbeatSeconds { get; set; } = 60;
}

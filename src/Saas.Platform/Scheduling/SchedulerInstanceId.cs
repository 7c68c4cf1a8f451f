namespace Saas.Platform.Scheduling;

/// <summary>
/// The Quartz instance id of this node. Quartz's own "AUTO" is only honoured by its property-file factory, so the
/// DI builder stored it literally and every node shared one id: a dead node then looked alive (its twin kept
/// checking in) and its blocked triggers were never recovered. The id is generated here instead.
/// </summary>
public static class SchedulerInstanceId
{
    public const string Auto = "AUTO";

    public static string Resolve(string? configured) =>
        string.IsNullOrWhiteSpace(configured) || string.Equals(configured, Auto, StringComparison.OrdinalIgnoreCase)
            ? Generate()
            : configured;

    /// <summary>Host and process id let an operator find the node; the random part keeps a restarted process distinct.</summary>
    public static string Generate() =>
        $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";
}

using System.Globalization;

namespace Saas.IntegrationTests.Input;

/// <summary>Resident memory of another process from /proc (Linux): current and peak since the last reset.</summary>
public static class ProcessMemory
{
    public static long ResidentBytes(int pid) => Read(pid, "VmRSS:");

    public static long PeakResidentBytes(int pid) => Read(pid, "VmHWM:");

    /// <summary>Resets the peak (VmHWM) to the current resident size, so a later peak belongs to what happened since.</summary>
    public static void ResetPeak(int pid) => File.WriteAllText($"/proc/{pid}/clear_refs", "5");

    private static long Read(int pid, string field)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        var kb = line[field.Length..].Trim().Split(' ')[0];
        return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
    }
}

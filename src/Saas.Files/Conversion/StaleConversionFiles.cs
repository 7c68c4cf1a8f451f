using System.Diagnostics;

namespace Saas.Files.Conversion;

/// <summary>
/// Names of the work folder's entries carry the process id of the host that made them, so a host that was killed
/// (no graceful stop removes its profiles) is cleaned up after by the next one that starts on the same folder.
/// </summary>
internal static class StaleConversionFiles
{
    public const string ProfilePrefix = "saas-lo-profile-";
    public const string JobPrefix = "saas-convert-";
    public const string OutputPrefix = "saas-converted-";

    public static string Name(string prefix) => $"{prefix}{Environment.ProcessId}-{Guid.NewGuid():N}";

    public static void Sweep(string workFolder)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(workFolder))
        {
            var name = Path.GetFileName(entry);
            var prefix = new[] { ProfilePrefix, JobPrefix, OutputPrefix }.FirstOrDefault(p => name.StartsWith(p, StringComparison.Ordinal));
            if (prefix is null || !int.TryParse(name[prefix.Length..].Split('-')[0], out var pid) || Alive(pid))
            {
                continue;
            }
            if (Directory.Exists(entry))
            {
                SofficeRun.TryDelete(entry);
            }
            else
            {
                try
                {
                    File.Delete(entry);
                }
                catch (IOException)
                {
                }
                catch (UnauthorizedAccessException)
                {
                }
            }
        }
    }

    private static bool Alive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}

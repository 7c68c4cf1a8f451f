namespace Saas.Files.Conversion;

/// <summary><c>Conversion:*</c>: how DOCX drafts become PDFs with LibreOffice headless.</summary>
public sealed class ConversionOptions
{
    public const string SectionName = "Conversion";

    /// <summary>False: no renditions are made (a machine without LibreOffice); drafts are kept as uploaded.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The LibreOffice launcher; a bare name is looked up on PATH when the host starts.</summary>
    public string SofficePath { get; set; } = "soffice";

    /// <summary>Concurrent LibreOffice processes; each one takes most of a core while it renders.</summary>
    public int Workers { get; set; } = 1;

    /// <summary>Jobs that may wait for a worker; one more is refused at once instead of piling up requests.</summary>
    public int QueueCapacity { get; set; } = 8;

    /// <summary>Longest one conversion may run before its process tree is killed (fractions allowed, for tests).</summary>
    public double TimeoutSeconds { get; set; } = 60;

    /// <summary>Where each job's input, output and each worker's LibreOffice profile live; empty = the system temp folder.</summary>
    public string WorkFolder { get; set; } = "";

    public string ResolvedWorkFolder => string.IsNullOrWhiteSpace(WorkFolder) ? Path.GetTempPath() : WorkFolder;

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    /// <summary>The launcher as an absolute path, or null when it cannot be found.</summary>
    public string? ResolveSoffice()
    {
        if (Path.IsPathRooted(SofficePath))
        {
            return File.Exists(SofficePath) ? SofficePath : null;
        }
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, SofficePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}

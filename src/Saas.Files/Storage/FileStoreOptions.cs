namespace Saas.Files.Storage;

/// <summary>Bound from the <c>Files</c> configuration section.</summary>
public sealed class FileStoreOptions
{
    public const string SectionName = "Files";
    public const string LocalStore = "local";
    public const string S3Store = "s3";
    public const long DefaultMaxBytesValue = 20L * 1024 * 1024;

    /// <summary><c>local</c> or <c>s3</c>.</summary>
    public string Store { get; set; } = LocalStore;

    /// <summary>
    /// Root folder of the local store. No default on purpose: official attachments must never land in a
    /// folder nobody backs up (such as the working or temp directory) just because configuration was missing.
    /// </summary>
    public string LocalRoot { get; set; } = string.Empty;

    /// <summary>
    /// Where uploads are spooled before they are checked. Defaults to a folder under the system temp path;
    /// spooled files are deleted on close, so nothing stays here.
    /// </summary>
    public string TempRoot { get; set; } = string.Empty;

    public long DefaultMaxBytes { get; set; } = DefaultMaxBytesValue;

    public S3StoreOptions S3 { get; set; } = new();

    /// <summary>How far compressed uploads may expand (<c>Files:Inflation</c>); checked before anything is stored.</summary>
    public Saas.Files.Inspection.InflationLimits Inflation { get; set; } = new();

    internal string ResolvedTempRoot =>
        string.IsNullOrWhiteSpace(TempRoot) ? Path.Combine(Path.GetTempPath(), "saas-files") : TempRoot;
}

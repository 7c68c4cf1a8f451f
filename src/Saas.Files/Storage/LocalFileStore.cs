using Microsoft.Extensions.Options;

namespace Saas.Files.Storage;

/// <summary>
/// Blobs under <c>&lt;root&gt;/aa/bb/&lt;sha256&gt;</c>. Content is first written to <c>&lt;root&gt;/.tmp</c>
/// and then moved into place: the temp folder is on the same file system, so the move is an atomic rename and
/// readers never see a partial file.
/// </summary>
public sealed class LocalFileStore : IFileStore
{
    internal const string TempFolderName = ".tmp";

    public LocalFileStore(IOptions<FileStoreOptions> options)
        : this(options.Value.LocalRoot)
    {
    }

    public LocalFileStore(string root)
    {
        if (string.IsNullOrWhiteSpace(root))
        {
            throw new InvalidOperationException("Files:LocalRoot must be configured for the local file store.");
        }
        Root = Path.GetFullPath(root);
        TempFolder = Path.Combine(Root, TempFolderName);
        Directory.CreateDirectory(TempFolder);
    }

    public string Root { get; }

    internal string TempFolder { get; }

    public async Task<StoredFile> PutAsync(Stream content, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var tempPath = Path.Combine(TempFolder, $"{Guid.NewGuid():N}.part");
        try
        {
            HashingCopyResult copied;
            await using (var file = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous))
            {
                copied = await HashingCopy.CopyAsync(content, file, long.MaxValue, ct);
                // The rename below is only as durable as the bytes behind it.
                file.Flush(flushToDisk: true);
            }

            var target = PathFor(copied.Sha256);
            if (!File.Exists(target))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                try
                {
                    File.Move(tempPath, target, overwrite: false);
                }
                catch (IOException) when (File.Exists(target))
                {
                    // A concurrent put of the same content won the race; its bytes are ours by definition.
                }
            }
            return new StoredFile(copied.Sha256, copied.Length);
        }
        finally
        {
            // Still there when the content already existed, the move lost a race, or the copy failed.
            TryDelete(tempPath);
        }
    }

    public Task<Stream?> OpenReadAsync(string sha256, CancellationToken ct)
    {
        var path = PathFor(sha256);
        try
        {
            // FileShare.Delete so a blob being downloaded can still be deleted (Unix semantics everywhere).
            Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 4096,
                FileOptions.Asynchronous | FileOptions.SequentialScan);
            return Task.FromResult<Stream?>(stream);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task<bool> ExistsAsync(string sha256, CancellationToken ct) => Task.FromResult(File.Exists(PathFor(sha256)));

    public Task DeleteAsync(string sha256, CancellationToken ct)
    {
        // File.Delete is already a no-op for a missing file; empty fan-out folders are kept for the next put.
        var path = PathFor(sha256);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
        return Task.CompletedTask;
    }

    /// <summary>Full path of a blob; throws for anything that is not a lower-case SHA-256.</summary>
    public string PathFor(string sha256) =>
        Path.Combine(Root, ContentAddress.RelativeKey(sha256).Replace('/', Path.DirectorySeparatorChar));

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a leftover .part file is invisible to readers and safe to sweep later.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Saas.Files.Inspection;
using Saas.Files.Sniffing;
using Saas.Files.Storage;

namespace Saas.Files.Intake;

/// <summary>
/// The upload pipeline behind every attachment endpoint: spool (hashing and counting), stop at the size limit,
/// look inside compressed and active formats (bombs, PDF scripts), sniff, compare with the name, then store. Rejected uploads leave nothing behind: the spool file is opened
/// delete-on-close, so even an exception or a cancelled request cannot orphan it.
/// </summary>
public sealed class FileIntake(
    IFileStore store,
    ContentSniffer sniffer,
    IOptions<FileStoreOptions> options,
    ILogger<FileIntake> logger)
{
    public long DefaultMaxBytes => options.Value.DefaultMaxBytes;

    /// <summary>Accepts an official-document attachment with the configured size limit.</summary>
    public Task<IntakeResult> AcceptAsync(Stream upload, string fileName, CancellationToken ct) =>
        AcceptAsync(upload, fileName, options.Value.DefaultMaxBytes, FileKinds.DocumentMediaTypes, ct);

    public async Task<IntakeResult> AcceptAsync(
        Stream upload,
        string fileName,
        long maxBytes,
        IReadOnlySet<string> allowedMediaTypes,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(allowedMediaTypes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);

        var originalName = FileNameSanitizer.Sanitize(fileName);
        if (originalName is null)
        {
            return Reject(IntakeMessages.BadName());
        }
        // A declared length lets us refuse before reading a byte; it is only a shortcut, the copy below
        // enforces the limit on what actually arrives.
        if (upload.CanSeek && upload.Length - upload.Position > maxBytes)
        {
            return Reject(IntakeMessages.TooLarge(maxBytes));
        }

        var tempRoot = options.Value.ResolvedTempRoot;
        Directory.CreateDirectory(tempRoot);
        var spoolPath = Path.Combine(tempRoot, $"{Guid.NewGuid():N}.upload");
        try
        {
            await using var spool = new FileStream(spoolPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1,
                FileOptions.Asynchronous | FileOptions.DeleteOnClose);

            var copied = await HashingCopy.CopyAsync(upload, spool, maxBytes, ct);
            if (copied.Exceeded)
            {
                return Reject(IntakeMessages.TooLarge(maxBytes));
            }
            if (copied.Length == 0)
            {
                return Reject(IntakeMessages.Empty());
            }

            // Before sniffing (which reads the zip directory) and before storing: a bomb or an active PDF leaves nothing.
            switch (ContentInspector.Inspect(spool, options.Value.Inflation))
            {
                case InspectionFinding.Bomb:
                    return Reject(IntakeMessages.Bomb(options.Value.Inflation.MaxInflatedBytes));
                case InspectionFinding.ActiveContent:
                    return Reject(IntakeMessages.ActiveContent());
            }

            var verdict = sniffer.Check(spool, originalName, allowedMediaTypes);
            switch (verdict.Outcome)
            {
                case SniffOutcome.Disguised:
                    return Reject(IntakeMessages.Disguised(verdict));
                case SniffOutcome.Unsupported:
                    return Reject(IntakeMessages.Unsupported(allowedMediaTypes));
            }
            var kind = verdict.Actual!;

            // Re-uploads of the same scan are common; skip the second copy when the blob is already there.
            var stored = new StoredFile(copied.Sha256, copied.Length);
            if (!await store.ExistsAsync(copied.Sha256, ct))
            {
                spool.Position = 0;
                stored = await store.PutAsync(spool, ct);
            }
            return new IntakeResult.Accepted(stored, kind.MediaType, kind.Extension, originalName);
        }
        finally
        {
            // Delete-on-close already removed it; this covers a platform or failure where it did not.
            if (File.Exists(spoolPath))
            {
                File.Delete(spoolPath);
            }
        }
    }

    private IntakeResult.Rejected Reject(IntakeResult.Rejected rejected)
    {
        // The file name is the user's data: log only the code.
        logger.LogInformation("Upload rejected: {Code}", rejected.Code);
        return rejected;
    }
}

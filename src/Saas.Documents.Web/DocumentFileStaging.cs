using System.Security.Cryptography;
using Saas.Documents.Attachments;
using Saas.Files.Intake;
using Saas.Files.Storage;
using Saas.Files.Text;
using Saas.Platform.Text;

namespace Saas.Documents.Web;

/// <summary>
/// Turns uploaded files into <see cref="StagedFile"/>s: size and type checked by the bytes, stored by
/// SHA-256, text extracted for search. If any file is refused, or the caller's unit of work later fails,
/// the blobs this request added are removed again (blobs that already existed belong to others).
/// </summary>
public sealed class DocumentFileStaging(
    FileIntake intake, IFileStore store, ITextExtractor text, IConfiguration config, IStoredFileVerifier signatures,
    Microsoft.Extensions.Options.IOptions<FileStoreOptions> options, Saas.Platform.MultiTenancy.ICurrentTenant tenant)
{
    public static readonly IReadOnlySet<string> DocumentTypes = new HashSet<string>
    {
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/msword",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.ms-excel",
        "image/png",
        "image/jpeg",
        "image/tiff",
    };

    /// <summary>Per-tenant limit (<c>Files:TenantMaxBytes:&lt;tenant&gt;</c>), else the platform default.</summary>
    public long MaxBytes =>
        (tenant.Tenant is { } t ? config.GetValue<long?>($"Files:TenantMaxBytes:{t.Slug}") : null) ?? options.Value.DefaultMaxBytes;

    public sealed record StagingResult(IReadOnlyList<StagedFile> Files, Dictionary<string, string[]> Errors)
    {
        public bool Succeeded => Errors.Count == 0;
    }

    public async Task<StagingResult> StageAsync(IReadOnlyList<IFormFile> uploads, string field, CancellationToken ct, int maxFiles = 20)
    {
        var staged = new List<StagedFile>();
        if (uploads.Count > maxFiles)
        {
            return new([], new() { [field] = [TextKey.With("documents.files.too_many", maxFiles)] });
        }
        foreach (var upload in uploads)
        {
            bool existed;
            await using (var probe = upload.OpenReadStream())
            {
                var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(probe, ct));
                existed = await store.ExistsAsync(hash, ct);
            }
            await using var stream = upload.OpenReadStream();
            var result = await intake.AcceptAsync(stream, upload.FileName, MaxBytes, DocumentTypes, ct);
            if (result is IntakeResult.Rejected rejected)
            {
                await DiscardAsync(staged, ct);
                return new([], new() { [field] = [$"{upload.FileName}: {rejected.Message}"] });
            }
            var accepted = (IntakeResult.Accepted)result;
            string? extracted;
            await using (var content = await store.OpenReadAsync(accepted.File.Sha256, ct))
            {
                extracted = content is null ? null : await text.ExtractAsync(content, accepted.MediaType, ct);
            }
            staged.Add(new StagedFile(accepted.File.Sha256, accepted.OriginalName, accepted.MediaType, accepted.File.Length,
                string.IsNullOrWhiteSpace(extracted) ? null : extracted, NewlyStored: !existed)
            {
                // Every PDF that enters is verified (TT 15/2025): the report is kept with the attachment and shown.
                Signature = await signatures.VerifyAsync(accepted.File.Sha256, accepted.MediaType, ct),
            });
        }
        return new(staged, []);
    }

    /// <summary>Removes what this request added to the store, PDF renditions included (used when validation or the transaction fails).</summary>
    public async Task DiscardAsync(IEnumerable<StagedFile> files, CancellationToken ct)
    {
        foreach (var f in files.SelectMany(f => f.WithRendition()).Where(f => f.NewlyStored))
        {
            await store.DeleteAsync(f.Sha256, CancellationToken.None);
        }
    }
}

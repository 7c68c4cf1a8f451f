namespace Saas.OneStop.Web.Intake;

/// <summary>
/// Where uploaded papers are checked (size and type by the bytes) and stored by SHA-256. The host wires the platform's
/// file staging behind it, so the one-stop module sees neither the documents module nor its attachment types.
/// </summary>
public interface IUploadStaging
{
    /// <summary>Stages one form field's files; on refusal the errors are keyed by <paramref name="field"/> and nothing of this call stays stored.</summary>
    Task<UploadStagingResult> StageAsync(IReadOnlyList<IFormFile> uploads, string field, CancellationToken ct);

    /// <summary>Removes every blob that the calls of this scope newly stored (blobs that already existed belong to others).</summary>
    Task DiscardAsync(CancellationToken ct);
}

public sealed record StagedUpload(string Sha256, string FileName, string MediaType, long SizeBytes);

public sealed record UploadStagingResult(IReadOnlyList<StagedUpload> Files, Dictionary<string, string[]> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

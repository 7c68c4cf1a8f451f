using Saas.Documents.Attachments;
using Saas.Documents.Web;
using Saas.OneStop.Web.Intake;

namespace Saas.Host.Documents;

/// <summary>The one-stop module's papers go through the same staging as documents' attachments (composition-root glue).</summary>
public sealed class DocumentUploadStaging(DocumentFileStaging staging) : IUploadStaging
{
    private readonly List<StagedFile> _staged = [];

    public async Task<UploadStagingResult> StageAsync(IReadOnlyList<IFormFile> uploads, string field, CancellationToken ct)
    {
        var result = await staging.StageAsync(uploads, field, ct);
        _staged.AddRange(result.Files);
        return new([.. result.Files.Select(f => new StagedUpload(f.Sha256, f.FileName, f.MediaType, f.SizeBytes))], result.Errors);
    }

    public Task DiscardAsync(CancellationToken ct) => staging.DiscardAsync(_staged, ct);
}

using Saas.OneStop.Applications;

namespace Saas.OneStop.Web.Intake;

/// <summary>
/// Citizens' papers through the platform's staging (size and type checked by the bytes, stored by SHA-256).
/// A file field named <c>paper.&lt;code&gt;</c> stands for that paper of the procedure; <c>files</c> for anything else.
/// </summary>
public sealed class PaperStaging(IUploadStaging staging)
{
    public const int MaxFiles = 30;

    public async Task<(IReadOnlyList<StagedPaper> Papers, Dictionary<string, string[]> Errors)> StageAsync(IFormFileCollection files, CancellationToken ct)
    {
        if (files.Count > MaxFiles)
        {
            return ([], new() { ["files"] = ["onestop.web.files.too_many"] });
        }
        var papers = new List<StagedPaper>();
        foreach (var group in files.GroupBy(f => f.Name))
        {
            var result = await staging.StageAsync([.. group], group.Key, ct);
            if (!result.Succeeded)
            {
                await staging.DiscardAsync(ct);
                return ([], result.Errors);
            }
            var code = group.Key.StartsWith("paper.", StringComparison.Ordinal) ? group.Key[6..] : null;
            papers.AddRange(result.Files.Select(f => new StagedPaper(f.Sha256, f.FileName, f.MediaType, f.SizeBytes, code)));
        }
        return (papers, []);
    }

    /// <summary>Removes what this request added to the store when the service refused or failed.</summary>
    public Task DiscardAsync(CancellationToken ct) => staging.DiscardAsync(ct);
}

using Saas.Documents.Web;
using Saas.OneStop.Applications;

namespace Saas.Host.OneStop;

/// <summary>
/// Citizens' papers through the documents module's staging (size and type checked by the bytes, stored by SHA-256).
/// A file field named <c>paper.&lt;code&gt;</c> stands for that paper of the procedure; <c>files</c> for anything else.
/// </summary>
public sealed class PaperStaging(DocumentFileStaging staging)
{
    public async Task<(IReadOnlyList<StagedPaper> Papers, Dictionary<string, string[]> Errors)> StageAsync(IFormFileCollection files, CancellationToken ct)
    {
        if (files.Count > 30)
        {
            return ([], new() { ["files"] = ["Tối đa 30 tệp / At most 30 files"] });
        }
        var papers = new List<StagedPaper>();
        var staged = new List<Saas.Documents.Attachments.StagedFile>();
        foreach (var group in files.GroupBy(f => f.Name))
        {
            var result = await staging.StageAsync([.. group], group.Key, ct);
            if (!result.Succeeded)
            {
                await staging.DiscardAsync(staged, ct);
                return ([], result.Errors);
            }
            staged.AddRange(result.Files);
            var code = group.Key.StartsWith("paper.", StringComparison.Ordinal) ? group.Key[6..] : null;
            papers.AddRange(result.Files.Select(f => new StagedPaper(f.Sha256, f.FileName, f.MediaType, f.SizeBytes, code)));
            _newly.AddRange(result.Files.Where(f => f.NewlyStored));
        }
        return (papers, []);
    }

    private readonly List<Saas.Documents.Attachments.StagedFile> _newly = [];

    /// <summary>Removes what this request added to the store when the service refused or failed.</summary>
    public Task DiscardAsync(CancellationToken ct) => staging.DiscardAsync(_newly, ct);
}

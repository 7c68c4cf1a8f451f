using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Saas.Statistics.Rollup;

namespace Saas.Host.Pages.Platform;

/// <summary>
/// Scheduled job runs for platform admins, and a roll-up started by hand (after seeding, after a correction). A
/// platform-wide view of every module's jobs, so it stays in Host.
/// </summary>
public sealed class JobsModel(RollupService rollup) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostRollupAsync(string kind, CancellationToken ct)
    {
        if (!RollupKinds.IsKnown(kind))
        {
            return BadRequest();
        }
        var result = kind == RollupKinds.Incremental ? await rollup.RunIncrementalAsync(ct) : await rollup.RunRangeAsync(kind, ct);
        TempData["Flash"] = Saas.Platform.Text.Texts.Get("host.jobs.rollup_done", result.Kind, result.Status, result.Facts, result.Seconds, result.From, result.To);
        return Redirect("/platform/jobs");
    }
}

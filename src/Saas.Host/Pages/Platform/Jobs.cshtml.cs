using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Saas.Statistics.Rollup;

namespace Saas.Host.Pages.Platform;

/// <summary>Scheduled job runs for platform admins, and a roll-up started by hand (after seeding, after a correction).</summary>
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
        TempData["Flash"] = $"Tổng hợp {result.Kind}: {result.Status}, {result.Facts:N0} số liệu, {result.Seconds:N1} giây ({result.From:dd/MM/yyyy} – {result.To:dd/MM/yyyy}).";
        return Redirect("/platform/jobs");
    }
}

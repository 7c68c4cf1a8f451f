using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Saas.OneStop.Applications;
using Saas.OneStop.Public;
using Saas.OneStop.Web.Pages;
using Saas.OneStop.Web.RateLimiting;

namespace Saas.OneStop.Web.Pages.Public;

/// <summary>
/// Tra cứu hồ sơ: the application code plus phone or ID number, sent by POST so the second factor stays out of URLs
/// and logs; after the result is returned, the satisfaction rating. Rate-limited per client.
/// </summary>
[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(PublicRateLimit.Lookups)]
public sealed class LookupModel(PublicLookupService lookup) : OneStopPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public string? Factor { get; set; }

    public PublicView? View { get; private set; }

    public bool NotFoundAnswer { get; private set; }

    public bool Thanked { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await FindAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRateAsync(string? comment, CancellationToken ct)
    {
        var scores = new Dictionary<string, int>();
        foreach (var key in PublicLookupService.Criteria.Keys)
        {
            if (int.TryParse(Request.Form["score." + key], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v))
            {
                scores[key] = v;
            }
        }
        var outcome = await lookup.RateAsync(Code, Factor, new RatingInput(scores, comment), ct);
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            NotFoundAnswer = true;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        if (!outcome.Succeeded)
        {
            Fail(outcome, "rate");
        }
        else
        {
            Thanked = true;
        }
        await FindAsync(ct);
        return Page();
    }

    private async Task FindAsync(CancellationToken ct)
    {
        View = await lookup.LookupAsync(Code, Factor, ct);
        NotFoundAnswer = View is null;
        if (View is null && Response.StatusCode == StatusCodes.Status200OK)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}

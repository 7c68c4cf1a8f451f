using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Saas.Host.OneStop;
using Saas.Host.Pages.Documents;
using Saas.OneStop.Applications;
using Saas.OneStop.Public;

namespace Saas.Host.Pages.Public;

/// <summary>
/// Tra cứu hồ sơ: the application code plus phone or ID number, sent by POST so the second factor stays out of URLs
/// and logs; after the result is returned, the satisfaction rating. Rate-limited per client.
/// </summary>
[AllowAnonymous]
public sealed class LookupModel(PublicLookupService lookup, PublicRateLimiter limiter) : DocumentPageModel
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
        if (!await AllowedAsync())
        {
            return Page();
        }
        await FindAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRateAsync(string? comment, CancellationToken ct)
    {
        if (!await AllowedAsync())
        {
            return Page();
        }
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

    private async Task<bool> AllowedAsync()
    {
        if (await limiter.AllowAsync(HttpContext, submission: false))
        {
            return true;
        }
        Refuse(PublicRateLimit.Message, "lookup", StatusCodes.Status429TooManyRequests);
        return false;
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

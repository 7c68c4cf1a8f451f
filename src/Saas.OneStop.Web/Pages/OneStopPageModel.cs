using Microsoft.AspNetCore.Mvc.RazorPages;
using Saas.Platform.Text;

namespace Saas.OneStop.Web.Pages;

/// <summary>
/// Shared plumbing of the one-stop pages: field errors and refusals to show again, outcome → HTTP status. The services
/// answer text keys; they are shown here in the request's language only.
/// </summary>
public abstract class OneStopPageModel : PageModel
{
    /// <summary>Field errors keyed like the services' (procedureCode, phone…), already in the page's language.</summary>
    public Dictionary<string, string[]> Errors { get; } = [];

    /// <summary>A refusal that belongs to no field (conflict, forbidden, not found).</summary>
    public string? ActionError { get; protected set; }

    /// <summary>Which action form the errors belong to, so the page can open it again.</summary>
    public string? FailedAction { get; protected set; }

    public string? Err(string key) => Errors.TryGetValue(key, out var m) ? string.Join(" ", m) : null;

    public string? ErrStartingWith(string prefix)
    {
        var all = Errors.Where(e => e.Key == prefix || e.Key.StartsWith(prefix + "[", StringComparison.Ordinal)).SelectMany(e => e.Value).ToList();
        return all.Count == 0 ? null : string.Join(" ", all);
    }

    /// <summary>Records a failed outcome for re-rendering: 422 for field errors, 409 conflict, 403 forbidden, 404 not found.</summary>
    protected void Fail<T>(Outcome<T> outcome, string action)
    {
        Fail(outcome.Errors, action);
        ActionError = outcome.Message is { } m ? Texts.Resolve(m) : null;
        Response.StatusCode = outcome.Kind switch
        {
            OutcomeKind.Invalid => StatusCodes.Status422UnprocessableEntity,
            OutcomeKind.Conflict => StatusCodes.Status409Conflict,
            OutcomeKind.Forbidden => StatusCodes.Status403Forbidden,
            OutcomeKind.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        };
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            ActionError ??= Texts.Get("onestop.web.not_found");
        }
    }

    protected void Fail(IReadOnlyDictionary<string, string[]> errors, string action)
    {
        FailedAction = action;
        foreach (var (k, v) in errors)
        {
            Errors[k] = [.. v.Select(Texts.Resolve)];
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
    }

    protected void Refuse(string messageKey, string action, int status = StatusCodes.Status403Forbidden)
    {
        FailedAction = action;
        ActionError = Texts.Resolve(messageKey);
        Response.StatusCode = status;
    }
}

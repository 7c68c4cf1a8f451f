using Microsoft.AspNetCore.Mvc.RazorPages;
using Saas.Platform.Text;

namespace Saas.WorkFiles.Web.Pages;

/// <summary>
/// Shared plumbing of the work-file and task pages: a refused step shown again with its reasons, in the request's
/// language (the services answer text keys), and the HTTP status of the refusal.
/// </summary>
public abstract class WorkFilesPageModel : PageModel
{
    /// <summary>Field errors keyed like the services' (code, title, retentionYears…), already translated.</summary>
    public Dictionary<string, string[]> Errors { get; } = [];

    /// <summary>A refusal that belongs to no field (conflict, forbidden, not found), already translated.</summary>
    public string? ActionError { get; protected set; }

    /// <summary>Which action form the errors belong to, so the page can open it again.</summary>
    public string? FailedAction { get; protected set; }

    public string? Err(string key) => Errors.TryGetValue(key, out var m) ? string.Join(" ", m) : null;

    /// <summary>Records a failed outcome for re-rendering: 422 for field errors, 409 conflict, 403 forbidden, 404 not found.</summary>
    protected void Fail<T>(Outcome<T> outcome, string action)
    {
        FailedAction = action;
        foreach (var (k, v) in outcome.Errors)
        {
            Errors[k] = [.. v.Select(m => Texts.Resolve(m))];
        }
        ActionError = outcome.Message is { } message ? Texts.Resolve(message) : null;
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
            ActionError ??= Texts.Get("workfiles.web.not_found");
        }
    }

    /// <summary>Field errors already in the request's language.</summary>
    protected void Fail(IReadOnlyDictionary<string, string[]> errors, string action)
    {
        FailedAction = action;
        foreach (var (k, v) in errors)
        {
            Errors[k] = v;
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
    }

    protected void Refuse(string key, string action, int status = StatusCodes.Status403Forbidden)
    {
        FailedAction = action;
        ActionError = Texts.Get(key);
        Response.StatusCode = status;
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Saas.Documents;
using Saas.Documents.Search;
using Saas.Files.Storage;
using Saas.Platform.Text;

namespace Saas.Documents.Web.Pages;

/// <summary>Shared plumbing of the document pages: field errors, outcome → HTTP status, downloads.</summary>
public abstract class DocumentPageModel : PageModel
{
    /// <summary>Field errors keyed like the services' (issuerName, registerCode…).</summary>
    public Dictionary<string, string[]> Errors { get; } = [];

    private string? actionError;

    /// <summary>A refusal that belongs to no field (conflict, forbidden, not found), in the request's language.</summary>
    public string? ActionError
    {
        get => actionError is null ? null : Texts.Resolve(actionError);
        protected set => actionError = value;
    }

    /// <summary>Which action form the errors belong to, so the page can open it again.</summary>
    public string? FailedAction { get; protected set; }

    /// <summary>The field's errors in the request's language (the services' messages are text keys).</summary>
    public string? Err(string key) => Errors.TryGetValue(key, out var m) ? string.Join(" ", m.Select(Texts.Resolve)) : null;

    public string? ErrStartingWith(string prefix)
    {
        var all = Errors.Where(e => e.Key == prefix || e.Key.StartsWith(prefix + "[", StringComparison.Ordinal)).SelectMany(e => e.Value).Select(Texts.Resolve).ToList();
        return all.Count == 0 ? null : string.Join(" ", all);
    }

    /// <summary>Records a failed outcome for re-rendering: 422 for field errors, 409 conflict, 403 forbidden, 404 not found.</summary>
    protected void Fail<T>(Outcome<T> outcome, string action)
    {
        FailedAction = action;
        foreach (var (k, v) in outcome.Errors)
        {
            Errors[k] = v;
        }
        ActionError = outcome.Message;
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
            ActionError ??= "documents.not_found";
        }
    }

    protected void Fail(IReadOnlyDictionary<string, string[]> errors, string action)
    {
        FailedAction = action;
        foreach (var (k, v) in errors)
        {
            Errors[k] = v;
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
    }

    protected void Refuse(string message, string action, int status = StatusCodes.Status403Forbidden)
    {
        FailedAction = action;
        ActionError = message;
        Response.StatusCode = status;
    }

    /// <summary>Attachments through the page (cookie auth): visibility of the owning document decides.</summary>
    protected async Task<IActionResult> DownloadAsync(DocumentDetailsService details, IFileStore store, Guid attachmentId, CancellationToken ct)
    {
        if (await details.DownloadAsync(attachmentId, ct) is not { } a || await store.OpenReadAsync(a.Sha256, ct) is not { } stream)
        {
            return NotFound();
        }
        return new FileStreamResult(stream, a.MediaType) { FileDownloadName = a.FileName, EnableRangeProcessing = true };
    }
}

/// <summary>Formatting and labels shared by the document pages.</summary>
public static class DocumentUi
{
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    public static readonly short[] Levels = [0, 1, 2, 3];

    public static string Date(DateOnly? d) => d?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";

    public static string Date(DateTimeOffset? d) => d is { } v ? Saas.Calendar.VietnamTime.Date(v) : "";

    public static string DateTime(DateTimeOffset? d) => d is { } v ? Saas.Calendar.VietnamTime.DateTime(v) : "";

    public static DateOnly? ParseDate(string? text) =>
        !string.IsNullOrWhiteSpace(text) && DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;

    public static string UrgencyKey(short u) => "Doc.urgency." + u;

    public static string SecrecyKey(short s) => "Doc.secrecy." + s;

    /// <summary>Urgency (Khẩn, Thượng khẩn, Hỏa tốc) and secrecy (Mật, Tối mật, Tuyệt mật) badges; nothing for ordinary documents.</summary>
    public static Microsoft.AspNetCore.Html.IHtmlContent Badges(Microsoft.Extensions.Localization.IStringLocalizer t, short urgency, short secrecy)
    {
        var html = new Microsoft.AspNetCore.Html.HtmlContentBuilder();
        if (urgency > 0)
        {
            html.AppendHtml($"<span class=\"badge urgency urgency-{urgency}\" data-urgency=\"{urgency}\">");
            html.Append(t[UrgencyKey(urgency)].Value);
            html.AppendHtml("</span> ");
        }
        if (secrecy > 0)
        {
            html.AppendHtml($"<span class=\"badge secrecy secrecy-{secrecy}\" data-secrecy=\"{secrecy}\">");
            html.Append(t[SecrecyKey(secrecy)].Value);
            html.AppendHtml("</span>");
        }
        return html;
    }

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / 1024.0 / 1024.0:0.#} MB",
    };

    /// <summary>Page links keep every filter of the current query and change only the page.</summary>
    public static string WithQuery(HttpRequest request, string key, string? value)
    {
        var q = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(request.QueryString.Value)
            .ToDictionary(k => k.Key, k => (string?)k.Value.ToString());
        if (value is null)
        {
            q.Remove(key);
        }
        else
        {
            q[key] = value;
        }
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(request.PathBase + request.Path, q.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Saas.Tenancy.Resolution;

namespace Saas.Web.Input;

/// <summary>
/// Writes a refusal of the input layer: an RFC 9457 validation problem with field errors for API clients, the
/// bilingual error page for a browser on a page (not /api) path. Texts come from the resource files, Vietnamese
/// first then English, like every other problem of the API.
/// </summary>
public static class InputProblem
{
    public const string Type = "https://saas.thanhhoa.gov.vn/problems/validation";

    public static async Task WriteAsync(HttpContext context, int status, IReadOnlyCollection<InputError> errors, string detailKey = InputErrorKeys.Detail)
    {
        var localizer = context.RequestServices.GetRequiredService<IStringLocalizer>();
        var title = Bilingual(localizer, InputErrorKeys.Title);
        var detail = Bilingual(localizer, detailKey);
        var fields = errors
            .GroupBy(e => e.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => Bilingual(localizer, e.Key, e.Args)).Distinct().ToArray(), StringComparer.Ordinal);

        context.Response.Clear();
        context.Response.StatusCode = status;
        if (WantsHtml(context.Request))
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            var lines = string.Join(" ", fields.Select(f => $"{f.Key}: {string.Join(" ", f.Value)}"));
            await context.Response.WriteAsync(ErrorPage.Render(status, title, lines.Length == 0 ? detail : $"{detail} {lines}"));
            return;
        }
        var problem = new ValidationProblemDetails(fields) { Status = status, Title = title, Detail = detail, Type = Type };
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
        });
    }

    /// <summary>A browser asking for a page, as the tenant middleware decides it too.</summary>
    public static bool WantsHtml(HttpRequest request) =>
        request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase)
        && !request.Path.StartsWithSegments("/api");

    /// <summary>"Vietnamese / English" of one resource key.</summary>
    public static string Bilingual(IStringLocalizer localizer, string key, params object[] args) => Saas.Platform.Text.Texts.Bilingual(key, args);
}

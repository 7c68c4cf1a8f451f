using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Saas.Platform.Concurrency;

namespace Saas.Web.Pages;

/// <summary>
/// The page form of If-Match. Showing the item remembers the version it was shown at (every post form of the page
/// carries it, <see cref="RowVersionTagHelper"/>); a post whose version is no longer the item's is not run: the page
/// is loaded again with the newest content and a message, so one officer's edit never silently overwrites another's.
/// A post without the field (an old tab, a script) runs as before.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class GuardsRowVersionAttribute(string kind, string routeKey = "id") : Attribute, IAsyncPageFilter
{
    public const string FieldName = "row-version";
    public const string ItemKey = "saas:row-version";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (context.RouteData.Values[routeKey] is not string key)
        {
            await next();
            return;
        }
        var versions = http.RequestServices.GetRequiredService<RowVersions>();
        var ct = http.RequestAborted;
        if (HttpMethods.IsGet(http.Request.Method))
        {
            // Before the handler loads the item, as for the API's ETag: a change in between makes the form stale, never fresher.
            http.Items[ItemKey] = await versions.ReadAsync(kind, key, ct);
            await next();
            return;
        }
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(ct) : null;
        var submitted = form is not null && form.TryGetValue(FieldName, out var v) && !string.IsNullOrEmpty(v) ? v.ToString() : null;
        if (await versions.ClaimAsync(kind, key, submitted is null ? null : EntityTags.Of(submitted), ct) == ClaimResult.Stale)
        {
            if (context.HandlerInstance is PageModel page)
            {
                page.TempData["Flash"] = http.RequestServices.GetRequiredService<IStringLocalizer>()["Concurrency.Stale"].Value;
            }
            context.Result = new RedirectResult($"{http.Request.PathBase}{http.Request.Path}");
            return;
        }
        // A refused post re-renders the page in a rolled-back transaction: its forms keep the version they were sent with.
        http.Items[ItemKey] = submitted ?? await versions.ReadAsync(kind, key, ct);
        await next();
    }
}

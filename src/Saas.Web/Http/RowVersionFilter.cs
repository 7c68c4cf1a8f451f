using Saas.Platform.Concurrency;

namespace Saas.Web.Http;

/// <summary>
/// ETags and If-Match for the items of an API group (ND 30/2020 Phụ lục VI IV.2: a stale edit must not overwrite).
/// A GET of one item answers with its <c>ETag</c>; a state change on it claims the row first: with <c>If-Match</c>
/// naming another version it is refused with 412 before the operation runs; without If-Match it runs as before
/// (clients that never read ETags keep working). A successful change answers with the item's new ETag.
/// </summary>
/// <param name="visible">
/// The owning module's access rule for one item, when it has one: a stale If-Match on an item the caller may not see
/// gets the operation's own answer (404: the module's rule refuses it), so a 412 never tells that the item exists.
/// </param>
public sealed class RowVersionFilter(string kind, string routeKey, Func<IServiceProvider, string, CancellationToken, Task<bool>>? visible = null) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.Request.RouteValues[routeKey] is not string key)
        {
            // Lists and creation in the same group have no item yet.
            return await next(context);
        }
        var versions = http.RequestServices.GetRequiredService<RowVersions>();
        var ct = http.RequestAborted;
        if (HttpMethods.IsGet(http.Request.Method))
        {
            // Read before the operation reads the item: a change in between leaves the tag older than the body (a
            // later If-Match is refused), never newer (which would let a stale edit through).
            var version = await versions.ReadAsync(kind, key, ct);
            var shown = await next(context);
            if (version is not null && IsSuccess(shown))
            {
                http.Response.Headers.ETag = EntityTags.Of(version);
            }
            return shown;
        }
        var ifMatch = http.Request.Headers.IfMatch.Count > 0 ? http.Request.Headers.IfMatch.ToString() : null;
        if (await versions.ClaimAsync(kind, key, ifMatch, ct) == ClaimResult.Stale)
        {
            // Invisible to the caller: the operation itself answers, with the owning module's own "not found" and nothing
            // written, so the answer is the same as without If-Match.
            return visible is not null && !await visible(http.RequestServices, key, ct) ? await next(context) : Problems.PreconditionFailed();
        }
        var result = await next(context);
        if (IsSuccess(result) && http.GetEndpoint()?.Metadata.GetMetadata<AnswersWithAnotherItem>() is null)
        {
            // The unit of work commits after the handler's filters return (or the handler committed itself): the new
            // version is known once the response starts, and only if the change committed.
            http.Response.OnStarting(() =>
            {
                if (versions.Committed is { } committed)
                {
                    http.Response.Headers.ETag = EntityTags.Of(committed);
                }
                return Task.CompletedTask;
            });
        }
        return result;
    }

    private static bool IsSuccess(object? result) =>
        result is IStatusCodeHttpResult { StatusCode: >= 200 and < 300 } || (result is IResult and not IStatusCodeHttpResult);
}

/// <summary>
/// Marks a state change on an item whose answer is another item (a replacement draft): the item is still claimed and
/// If-Match still checked, but the answer carries no ETag, which would describe the wrong body.
/// </summary>
public sealed class AnswersWithAnotherItem;

public static class RowVersionEndpoints
{
    /// <summary>Every endpoint of <paramref name="builder"/> whose route names <paramref name="routeKey"/> is guarded for <paramref name="kind"/>.</summary>
    public static TBuilder WithRowVersion<TBuilder>(this TBuilder builder, string kind, string routeKey = "id",
        Func<IServiceProvider, string, CancellationToken, Task<bool>>? visible = null)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(new RowVersionFilter(kind, routeKey, visible));
}

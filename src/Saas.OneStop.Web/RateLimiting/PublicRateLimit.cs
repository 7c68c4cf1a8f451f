using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Saas.Platform.Caching;
using Saas.Platform.Text;

namespace Saas.OneStop.Web.RateLimiting;

/// <summary>Bound from <c>OneStop:PublicLimits</c>: requests per client per minute on the anonymous one-stop surface.</summary>
public sealed class PublicLimitOptions
{
    public int LookupsPerMinute { get; set; } = 20;

    public int SubmissionsPerMinute { get; set; } = 5;
}

/// <summary>
/// The per-client limits of the anonymous one-stop endpoints and pages, as policies of ASP.NET Core's rate-limiting
/// middleware: <see cref="Lookups"/> (look-up, rating, the procedure list) and <see cref="Submissions"/> (online
/// submission). The client is <c>Connection.RemoteIpAddress</c>, which the forwarded-headers middleware sets from
/// X-Forwarded-For only for a configured proxy (<c>Proxy:KnownProxies</c>). A page's GET only shows its form and is
/// not counted; its posts are. Each client's budget lives in Redis (<see cref="SharedOrLocalLimiter"/>).
/// </summary>
public static class PublicRateLimit
{
    public const string Lookups = "public";

    public const string Submissions = "public-submit";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddPublicRateLimits(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<PublicLimitOptions>(config.GetSection("OneStop:PublicLimits"));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (ctx, ct) => RejectAsync(ctx.HttpContext, ct);
            o.AddPolicy(Lookups, http => Partition(http, "lookup", l => l.LookupsPerMinute));
            o.AddPolicy(Submissions, http => Partition(http, "submit", l => l.SubmissionsPerMinute));
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext http, string budget, Func<PublicLimitOptions, int> perMinute)
    {
        if (HttpMethods.IsGet(http.Request.Method) && http.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is not null)
        {
            return RateLimitPartition.GetNoLimiter("page-form");
        }
        var ip = http.Connection.RemoteIpAddress;
        var client = ip is null ? "unknown" : (ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip).ToString();
        var services = http.RequestServices;
        var limit = Math.Max(1, perMinute(services.GetRequiredService<IOptions<PublicLimitOptions>>().Value));
        return RateLimitPartition.Get($"saas:public-limit:{budget}:{client}", key => new SharedOrLocalLimiter(key, limit, Window,
            services.GetRequiredService<RedisConnection>(), services.GetRequiredService<ILogger<SharedOrLocalLimiter>>()));
    }

    /// <summary>429 with Retry-After: a problem document for the API, a page in the request's language for the browser.</summary>
    private static async ValueTask RejectAsync(HttpContext http, CancellationToken ct)
    {
        http.Response.Headers.RetryAfter = ((int)Window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (http.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is null)
        {
            await TypedResults.Problem(
                title: Texts.Bilingual("onestop.web.rate_limited.title"),
                detail: Texts.Bilingual("onestop.web.rate_limited.detail"),
                statusCode: StatusCodes.Status429TooManyRequests,
                type: "https://saas.thanhhoa.gov.vn/problems/rate-limited").ExecuteAsync(http);
            return;
        }
        var html = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync($$"""
            <!doctype html><html lang="{{html.Encode(System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)}}"><head><meta charset="utf-8">
            <title>{{html.Encode(Texts.Get("onestop.web.rate_limited.title"))}}</title></head><body>
            <h1>{{html.Encode(Texts.Get("onestop.web.rate_limited.title"))}}</h1>
            <p role="alert" id="action-error">{{html.Encode(Texts.Get("onestop.web.rate_limited.message"))}}</p>
            <p><a href="{{html.Encode(http.Request.PathBase + http.Request.Path)}}">{{html.Encode(Texts.Get("onestop.web.rate_limited.back"))}}</a></p>
            </body></html>
            """, ct);
    }
}

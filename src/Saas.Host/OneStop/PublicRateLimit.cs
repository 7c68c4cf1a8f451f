using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Saas.Host.OneStop;

/// <summary>Bound from <c>OneStop:PublicLimits</c>: requests per client per minute on the anonymous one-stop surface.</summary>
public sealed class PublicLimitOptions
{
    public int LookupsPerMinute { get; set; } = 20;

    public int SubmissionsPerMinute { get; set; } = 5;
}

/// <summary>
/// Per-client limits of the anonymous one-stop endpoints and pages, in process memory (System.Threading.RateLimiting,
/// the limiter behind ASP.NET Core's middleware) so that they keep working when Redis is down. Applied as an endpoint
/// filter and by the pages because the host pipeline has no rate-limiting middleware. Behind a reverse proxy the
/// forwarded-headers middleware must set the client address, otherwise every citizen shares the proxy's partition.
/// </summary>
public sealed class PublicRateLimiter(IOptions<PublicLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> lookups = Create(options.Value.LookupsPerMinute);
    private readonly PartitionedRateLimiter<string> submissions = Create(options.Value.SubmissionsPerMinute);

    /// <summary>False when this client used up its allowance for the minute.</summary>
    public bool Allow(HttpContext http, bool submission)
    {
        using var lease = (submission ? submissions : lookups).AttemptAcquire(http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return lease.IsAcquired;
    }

    public void Dispose()
    {
        lookups.Dispose();
        submissions.Dispose();
    }

    private static PartitionedRateLimiter<string> Create(int perMinute) =>
        PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetSlidingWindowLimiter(client, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, perMinute),
            Window = TimeSpan.FromMinutes(1),
            SegmentsPerWindow = 6,
            QueueLimit = 0,
        }));
}

public static class PublicRateLimit
{
    public const string Message = "Quá nhiều yêu cầu, vui lòng thử lại sau một phút. / Too many requests, try again in a minute.";

    public static TBuilder LimitLookups<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (ctx, next) => await Guard(submission: false, ctx, next));

    public static TBuilder LimitSubmissions<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (ctx, next) => await Guard(submission: true, ctx, next));

    private static async ValueTask<object?> Guard(bool submission, EndpointFilterInvocationContext ctx, EndpointFilterDelegate next)
    {
        if (!ctx.HttpContext.RequestServices.GetRequiredService<PublicRateLimiter>().Allow(ctx.HttpContext, submission))
        {
            ctx.HttpContext.Response.Headers.RetryAfter = "60";
            return TypedResults.Problem(
                title: "Quá nhiều yêu cầu / Too many requests",
                detail: "Vui lòng thử lại sau một phút. / Please try again in a minute.",
                statusCode: StatusCodes.Status429TooManyRequests,
                type: "https://saas.thanhhoa.gov.vn/problems/rate-limited");
        }
        return await next(ctx);
    }
}

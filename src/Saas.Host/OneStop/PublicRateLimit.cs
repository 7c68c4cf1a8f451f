using System.Threading.RateLimiting;

namespace Saas.Host.OneStop;

/// <summary>
/// Per-client limits of the anonymous one-stop endpoints, in process memory (System.Threading.RateLimiting, the
/// limiter behind ASP.NET Core's middleware) so that they keep working when Redis is down. Applied as an endpoint
/// filter because the host pipeline has no rate-limiting middleware. Behind a reverse proxy the forwarded-headers
/// middleware must set the client address, otherwise every citizen shares the proxy's partition.
/// </summary>
public static class PublicRateLimit
{
    public const int LookupsPerMinute = 20;
    public const int SubmissionsPerMinute = 5;

    private static readonly PartitionedRateLimiter<string> Lookups = Create(LookupsPerMinute);
    private static readonly PartitionedRateLimiter<string> Submissions = Create(SubmissionsPerMinute);

    public static TBuilder LimitLookups<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (ctx, next) => await Guard(Lookups, ctx, next));

    public static TBuilder LimitSubmissions<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (ctx, next) => await Guard(Submissions, ctx, next));

    /// <summary>For the public pages: false when this client used up its allowance (the page answers 429).</summary>
    public static bool Allow(HttpContext http, bool submission)
    {
        using var lease = (submission ? Submissions : Lookups).AttemptAcquire(Client(http));
        return lease.IsAcquired;
    }

    private static string Client(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask<object?> Guard(PartitionedRateLimiter<string> limiter, EndpointFilterInvocationContext ctx, EndpointFilterDelegate next)
    {
        using var lease = limiter.AttemptAcquire(Client(ctx.HttpContext));
        if (!lease.IsAcquired)
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

    private static PartitionedRateLimiter<string> Create(int perMinute) =>
        PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetSlidingWindowLimiter(client, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = TimeSpan.FromMinutes(1),
            SegmentsPerWindow = 6,
            QueueLimit = 0,
        }));
}

using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using RedisRateLimiting;
using Saas.Platform.Caching;
using StackExchange.Redis;

namespace Saas.Host.OneStop;

/// <summary>Bound from <c>OneStop:PublicLimits</c>: requests per client per minute on the anonymous one-stop surface.</summary>
public sealed class PublicLimitOptions
{
    public int LookupsPerMinute { get; set; } = 20;

    public int SubmissionsPerMinute { get; set; } = 5;
}

/// <summary>
/// Per-client limits of the anonymous one-stop endpoints and pages. The budget lives in Redis (a sliding window of
/// RedisRateLimiting), so every node behind the load balancer counts against the same one; while Redis is down (or its
/// circuit breaker is open) each node falls back to its own in-memory window, so the limit still holds per node and the
/// public surface stays up. The client is <c>Connection.RemoteIpAddress</c>, which the forwarded-headers middleware sets
/// from X-Forwarded-For only when the request came through a configured proxy (<c>Proxy:KnownProxies</c>).
/// </summary>
public sealed class PublicRateLimiter(IOptions<PublicLimitOptions> options, RedisConnection redis, ILogger<PublicRateLimiter> logger) : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly PartitionedRateLimiter<string> _sharedLookups = Shared(redis, options.Value.LookupsPerMinute);
    private readonly PartitionedRateLimiter<string> _sharedSubmissions = Shared(redis, options.Value.SubmissionsPerMinute);
    private readonly PartitionedRateLimiter<string> _localLookups = Local(options.Value.LookupsPerMinute);
    private readonly PartitionedRateLimiter<string> _localSubmissions = Local(options.Value.SubmissionsPerMinute);

    /// <summary>False when this client used up its allowance for the minute.</summary>
    public async ValueTask<bool> AllowAsync(HttpContext http, bool submission)
    {
        var client = http.Connection.RemoteIpAddress is { } ip ? (ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip).ToString() : "unknown";
        var key = $"saas:public-limit:{(submission ? "submit" : "lookup")}:{client}";
        if (redis.Multiplexer is not null)
        {
            try
            {
                using var shared = await (submission ? _sharedSubmissions : _sharedLookups).AcquireAsync(key, 1, http.RequestAborted);
                return shared.IsAcquired;
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                redis.ReportFailure(ex);
                logger.LogWarning("Public rate limit falls back to this node's memory while Redis is unavailable");
            }
        }
        using var local = (submission ? _localSubmissions : _localLookups).AttemptAcquire(key);
        return local.IsAcquired;
    }

    public void Dispose()
    {
        _sharedLookups.Dispose();
        _sharedSubmissions.Dispose();
        _localLookups.Dispose();
        _localSubmissions.Dispose();
    }

    // Only asked while the breaker reports Redis healthy, so the multiplexer is there when a partition is created.
    private static PartitionedRateLimiter<string> Shared(RedisConnection redis, int perMinute) =>
        PartitionedRateLimiter.Create<string, string>(key => RedisRateLimitPartition.GetSlidingWindowRateLimiter(key, _ => new RedisSlidingWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, perMinute),
            Window = Window,
            ConnectionMultiplexerFactory = () => redis.Multiplexer ?? throw new TimeoutException("Redis became unavailable"),
        }));

    private static PartitionedRateLimiter<string> Local(int perMinute) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, perMinute),
            Window = Window,
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
        if (!await ctx.HttpContext.RequestServices.GetRequiredService<PublicRateLimiter>().AllowAsync(ctx.HttpContext, submission))
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

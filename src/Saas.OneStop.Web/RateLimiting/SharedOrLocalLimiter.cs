using System.Threading.RateLimiting;
using RedisRateLimiting;
using Saas.Platform.Caching;
using StackExchange.Redis;

namespace Saas.OneStop.Web.RateLimiting;

/// <summary>
/// One client's budget: a sliding window in Redis (RedisRateLimiting), so every node behind the load balancer counts
/// against the same one. While Redis is down (or its circuit breaker is open) the node falls back to its own in-memory
/// sliding window, so the limit still holds per node and the public surface stays up without waiting on Redis.
/// </summary>
public sealed class SharedOrLocalLimiter : RateLimiter
{
    private readonly RedisConnection _redis;
    private readonly ILogger _logger;
    private readonly Lazy<RateLimiter> _shared;
    private readonly SlidingWindowRateLimiter _local;

    public SharedOrLocalLimiter(string key, int perWindow, TimeSpan window, RedisConnection redis, ILogger logger)
    {
        (_redis, _logger) = (redis, logger);
        // Created on first use while the breaker reports Redis healthy, so the multiplexer is there.
        _shared = new(() => RedisRateLimitPartition.GetSlidingWindowRateLimiter(key, _ => new RedisSlidingWindowRateLimiterOptions
        {
            PermitLimit = perWindow,
            Window = window,
            ConnectionMultiplexerFactory = () => redis.Multiplexer ?? throw new TimeoutException("Redis became unavailable"),
        }).Factory(key));
        _local = new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = perWindow,
            Window = window,
            SegmentsPerWindow = 6,
            QueueLimit = 0,
        });
    }

    public override TimeSpan? IdleDuration => _local.IdleDuration;

    public override RateLimiterStatistics? GetStatistics() => _local.GetStatistics();

    /// <summary>The middleware tries this first; the answer needs Redis, so it always defers to <see cref="AcquireAsyncCore"/>.</summary>
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Deferred.Instance;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        if (_redis.Multiplexer is not null)
        {
            try
            {
                return await _shared.Value.AcquireAsync(permitCount, cancellationToken);
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                _redis.ReportFailure(ex);
                _logger.LogWarning("Public rate limit falls back to this node's memory while Redis is unavailable");
            }
        }
        return _local.AttemptAcquire(permitCount);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            if (_shared.IsValueCreated)
            {
                _shared.Value.Dispose();
            }
            _local.Dispose();
        }
        base.Dispose(disposing);
    }

    private sealed class Deferred : RateLimitLease
    {
        public static readonly Deferred Instance = new();

        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}

using Microsoft.Extensions.Diagnostics.HealthChecks;
using Saas.Platform.Caching;
using Saas.Platform.Text;

namespace Saas.Host.Infrastructure;

/// <summary>Redis down is "degraded", not "unhealthy": the platform keeps serving from PostgreSQL.</summary>
public sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var db = redis.Database;
        if (db is null)
        {
            return HealthCheckResult.Degraded(Texts.Bilingual("host.health.redis_degraded"));
        }
        try
        {
            var latency = await db.PingAsync();
            return HealthCheckResult.Healthy($"ping {latency.TotalMilliseconds:0.0} ms");
        }
        catch (Exception ex) when (ex is StackExchange.Redis.RedisException or TimeoutException)
        {
            redis.ReportFailure(ex);
            return HealthCheckResult.Degraded(Texts.Bilingual("host.health.redis_unavailable"), ex);
        }
    }
}

using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Saas.Platform.Caching;
using Saas.Platform.MultiTenancy;
using StackExchange.Redis;

namespace Saas.Tenancy.Catalog;

/// <summary>
/// Two-level cache of resolved tenants: in-process (short TTL, bounds staleness when Redis is down) and
/// Redis (shared by nodes). A change publishes on <see cref="Channel"/>; every node drops its local copy.
/// </summary>
public sealed class TenantCache(RedisConnection redis, IMemoryCache memory, ILogger<TenantCache> logger) : IHostedService
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("saas:tenants:changed");
    private static readonly TimeSpan LocalTtl = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan SharedTtl = TimeSpan.FromMinutes(10);
    private readonly CancellationTokenSource _stopping = new();
    private CancellationTokenSource _localGeneration = new();
    private Task? _subscriber;

    public async Task<TenantInfo?> GetOrLoadAsync(string key, Func<Task<TenantInfo?>> load)
    {
        if (memory.TryGetValue(key, out TenantInfo? local))
        {
            return local;
        }
        var shared = await ReadSharedAsync(key);
        var info = shared ?? await load();
        if (info is not null)
        {
            var entry = new MemoryCacheEntryOptions().SetAbsoluteExpiration(LocalTtl)
                .AddExpirationToken(new Microsoft.Extensions.Primitives.CancellationChangeToken(_localGeneration.Token));
            memory.Set(key, info, entry);
            if (shared is null)
            {
                await WriteSharedAsync(key, info);
            }
        }
        return info;
    }

    /// <summary>Called after a catalog change is committed.</summary>
    public async Task InvalidateAsync()
    {
        DropLocal();
        var mux = redis.Multiplexer;
        if (mux is null)
        {
            return;
        }
        try
        {
            var db = mux.GetDatabase();
            var server = mux.GetServers().FirstOrDefault(s => s.IsConnected && !s.IsReplica);
            if (server is not null)
            {
                await foreach (var key in server.KeysAsync(pattern: "saas:tenant:*", pageSize: 500))
                {
                    await db.KeyDeleteAsync(key);
                }
            }
            await mux.GetSubscriber().PublishAsync(Channel, "changed");
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            redis.ReportFailure(ex);
        }
    }

    private void DropLocal()
    {
        var old = Interlocked.Exchange(ref _localGeneration, new CancellationTokenSource());
        old.Cancel();
        old.Dispose();
    }

    private async Task<TenantInfo?> ReadSharedAsync(string key)
    {
        var db = redis.Database;
        if (db is null)
        {
            return null;
        }
        try
        {
            var value = await db.StringGetAsync("saas:tenant:" + key);
            return value.HasValue ? JsonSerializer.Deserialize<TenantInfo>(value.ToString()) : null;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            redis.ReportFailure(ex);
            return null;
        }
    }

    private async Task WriteSharedAsync(string key, TenantInfo info)
    {
        var db = redis.Database;
        if (db is null)
        {
            return;
        }
        try
        {
            await db.StringSetAsync("saas:tenant:" + key, JsonSerializer.Serialize(info), SharedTtl);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            redis.ReportFailure(ex);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // A node that starts while Redis is down keeps trying, so it joins invalidation once Redis is back;
        // after the first subscription the multiplexer re-subscribes by itself on reconnect.
        _subscriber = Task.Run(async () =>
        {
            while (!_stopping.IsCancellationRequested && !await TrySubscribeAsync())
            {
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(10), _stopping.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }, CancellationToken.None);
        return Task.CompletedTask;
    }

    private async Task<bool> TrySubscribeAsync()
    {
        var mux = redis.Multiplexer;
        if (mux is null)
        {
            logger.LogWarning("Redis not available; tenant cache invalidation is local only for now");
            return false;
        }
        try
        {
            await mux.GetSubscriber().SubscribeAsync(Channel, (_, _) => DropLocal());
            return true;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            redis.ReportFailure(ex);
            return false;
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_subscriber is not null)
        {
            await _subscriber;
        }
    }
}

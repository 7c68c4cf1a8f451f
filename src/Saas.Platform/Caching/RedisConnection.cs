using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Saas.Platform.Caching;

/// <summary>
/// The platform's single Redis multiplexer, with a circuit breaker: Redis is an accelerator, so when it is
/// down callers get <c>null</c> immediately and go to PostgreSQL instead of waiting on timeouts.
/// </summary>
public sealed class RedisConnection : IDisposable
{
    private readonly RedisOptions _options;
    private readonly ILogger<RedisConnection> _logger;
    private readonly TimeProvider _clock;
    private readonly Lazy<ConnectionMultiplexer?> _multiplexer;
    private long _brokenUntilTicks;

    // 1 while Redis is believed down: an outage is logged once when it starts and once when it ends, not per request.
    private int _down;

    public RedisConnection(IOptions<RedisOptions> options, ILogger<RedisConnection> logger, TimeProvider clock)
    {
        _options = options.Value;
        _logger = logger;
        _clock = clock;
        _multiplexer = new Lazy<ConnectionMultiplexer?>(Connect, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(_options.Configuration);

    /// <summary>The multiplexer when Redis is believed healthy, else null.</summary>
    public ConnectionMultiplexer? Multiplexer
    {
        get
        {
            if (!IsConfigured || _clock.GetUtcNow().UtcTicks < Interlocked.Read(ref _brokenUntilTicks))
            {
                return null;
            }
            var mux = _multiplexer.Value;
            if (mux is { IsConnected: true })
            {
                MarkUp();
                return mux;
            }
            MarkDown(null);
            return null;
        }
    }

    public IDatabase? Database => Multiplexer?.GetDatabase();

    /// <summary>Callers report failures here; the breaker then keeps Redis out of the hot path for a while.</summary>
    public void ReportFailure(Exception ex)
    {
        Interlocked.Exchange(ref _brokenUntilTicks, _clock.GetUtcNow().AddSeconds(_options.BreakSeconds).UtcTicks);
        MarkDown(ex);
    }

    private void MarkDown(Exception? ex)
    {
        if (Interlocked.Exchange(ref _down, 1) == 0)
        {
            _logger.LogWarning(ex, "Redis outage began: serving from PostgreSQL until Redis is back (breaker {Seconds}s)", _options.BreakSeconds);
        }
    }

    private void MarkUp()
    {
        if (Interlocked.Exchange(ref _down, 0) == 1)
        {
            _logger.LogWarning("Redis outage ended: Redis is available again");
        }
    }

    private ConnectionMultiplexer? Connect()
    {
        try
        {
            var config = ConfigurationOptions.Parse(_options.Configuration);
            config.AbortOnConnectFail = false;
            config.ConnectTimeout = 1000;
            config.SyncTimeout = 500;
            config.AsyncTimeout = 500;
            config.ConnectRetry = 1;
            config.ClientName = "saas";
            var mux = ConnectionMultiplexer.Connect(config);
            // The multiplexer's own events mark the transitions even when no request is asking for Redis.
            mux.ConnectionFailed += (_, e) => MarkDown(e.Exception);
            mux.ConnectionRestored += (_, _) => { if (mux.IsConnected) { MarkUp(); } };
            return mux;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            MarkDown(ex);
            return null;
        }
    }

    public void Dispose()
    {
        if (_multiplexer.IsValueCreated)
        {
            _multiplexer.Value?.Dispose();
        }
    }
}

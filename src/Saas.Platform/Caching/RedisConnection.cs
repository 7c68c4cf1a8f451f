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
            return mux is { IsConnected: true } ? mux : null;
        }
    }

    public IDatabase? Database => Multiplexer?.GetDatabase();

    /// <summary>Callers report failures here; the breaker then keeps Redis out of the hot path for a while.</summary>
    public void ReportFailure(Exception ex)
    {
        Interlocked.Exchange(ref _brokenUntilTicks, _clock.GetUtcNow().AddSeconds(_options.BreakSeconds).UtcTicks);
        _logger.LogWarning(ex, "Redis unavailable; serving from PostgreSQL for {Seconds}s", _options.BreakSeconds);
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
            return ConnectionMultiplexer.Connect(config);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            _logger.LogWarning(ex, "Redis connection failed");
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

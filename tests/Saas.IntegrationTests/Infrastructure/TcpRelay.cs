using System.Net;
using System.Net.Sockets;

namespace Saas.IntegrationTests.Infrastructure;

/// <summary>
/// A plain TCP relay in front of the shared test PostgreSQL, for one host: stopping it is PostgreSQL going away for
/// that host alone (open connections reset, new ones refused) while every other test keeps its database.
/// </summary>
public sealed class TcpRelay : IAsyncDisposable
{
    private readonly int _target;
    private readonly List<TcpClient> _open = [];
    private readonly CancellationTokenSource _stop = new();
    private TcpListener? _listener;
    private Task _accepting = Task.CompletedTask;

    public TcpRelay(int port, int target)
    {
        Port = port;
        _target = target;
    }

    public int Port { get; }

    public void Start()
    {
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Start();
        var listener = _listener;
        _accepting = Task.Run(async () =>
        {
            while (true)
            {
                TcpClient inbound;
                try
                {
                    inbound = await listener.AcceptTcpClientAsync();
                }
                catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
                {
                    return;
                }
                _ = RelayAsync(inbound);
            }
        });
    }

    /// <summary>Refuses new connections and resets the open ones, like a crashed server.</summary>
    public async Task StopAsync()
    {
        _listener?.Stop();
        _listener = null;
        await _accepting;
        lock (_open)
        {
            foreach (var c in _open)
            {
                try
                {
                    // Linger 0: the peer sees a reset, as from a crashed server, not an orderly close.
                    c.Client?.LingerState = new LingerOption(true, 0);
                }
                catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
                {
                }
                c.Dispose();
            }
            _open.Clear();
        }
    }

    private async Task RelayAsync(TcpClient inbound)
    {
        var outbound = new TcpClient();
        lock (_open)
        {
            _open.Add(inbound);
            _open.Add(outbound);
        }
        try
        {
            await outbound.ConnectAsync(IPAddress.Loopback, _target);
            using var a = inbound.GetStream();
            using var b = outbound.GetStream();
            await Task.WhenAny(a.CopyToAsync(b, _stop.Token), b.CopyToAsync(a, _stop.Token));
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
        }
        finally
        {
            lock (_open)
            {
                _open.Remove(inbound);
                _open.Remove(outbound);
            }
            inbound.Dispose();
            outbound.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await StopAsync();
        _stop.Dispose();
    }
}

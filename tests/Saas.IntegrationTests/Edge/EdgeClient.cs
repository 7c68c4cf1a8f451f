using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Edge;

/// <summary>
/// HTTP clients for the edge tests. Each connects from a loopback address of its own (127.0.0.x), so nginx and the host
/// see distinct real client addresses, as they would see distinct citizens; over TLS they trust only the throwaway
/// certificate test.sh generated for nginx. Redirects are not followed, so every Location can be checked.
/// </summary>
public static class EdgeClient
{
    public static string ProxyUrl => $"https://localhost:{TestEnvironment.TlsPort}";

    public static HttpClient Through(string baseUrl, string sourceAddress, CookieContainer? cookies = null)
    {
        var source = IPAddress.Parse(sourceAddress);
        var trusted = X509CertificateLoader.LoadCertificateFromFile(TestEnvironment.TlsCertificate);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = cookies is not null,
            CookieContainer = cookies ?? new CookieContainer(),
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    // Everything listens on IPv4 loopback; "localhost" must not resolve to ::1 here.
                    await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, context.DnsEndPoint.Port), ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                    certificate is not null && certificate.GetCertHashString() == trusted.GetCertHashString(),
            },
        };
        return new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
    }
}

using Microsoft.Extensions.Options;
using Saas.Identity.Keycloak;

namespace Saas.Host.Edge;

/// <summary>
/// Adds the security headers to every response — pages, API, problem details, static files, errors. They are written
/// when the response starts rather than now, because the exception handler clears the headers of a failed request.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<HstsSettings> hsts, IOptions<KeycloakOptions> keycloak)
{
    private readonly string _hsts = hsts.Value.HeaderValue;
    private readonly string _csp = ContentSecurityPolicy.For(ContentSecurityPolicy.OriginOf(keycloak.Value.AuthServerUrl));

    public Task InvokeAsync(HttpContext http)
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            // A page that brings its own (hash-allowing) policy keeps it; everything else gets the strict one.
            if (!headers.ContainsKey(ContentSecurityPolicy.Header))
            {
                headers[ContentSecurityPolicy.Header] = _csp;
            }
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
            if (http.Request.IsHttps)
            {
                headers.StrictTransportSecurity = _hsts;
            }
            headers.Remove("Server");
            return Task.CompletedTask;
        });
        return next(http);
    }

    /// <summary>The strict policy, for middleware that extends it with hashes.</summary>
    public static string StrictPolicy(KeycloakOptions keycloak, IEnumerable<string> scriptHashes) =>
        ContentSecurityPolicy.For(ContentSecurityPolicy.OriginOf(keycloak.AuthServerUrl), scriptHashes);
}

using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Saas.Identity.Keycloak;

namespace Saas.Host.Edge;

/// <summary>
/// The API reference (<c>/api-docs</c>, Scalar) is third-party HTML that starts itself with one inline module script.
/// Instead of allowing inline script there, its page is buffered and the policy allows exactly the scripts it carries,
/// by SHA-256 hash; anything else inline (an injection) still does not run.
/// </summary>
public sealed partial class ApiDocsScriptHashes(RequestDelegate next, IOptions<KeycloakOptions> keycloak)
{
    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>(.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    public async Task InvokeAsync(HttpContext http)
    {
        if (!http.Request.Path.StartsWithSegments("/api-docs"))
        {
            await next(http);
            return;
        }
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = original;
        }
        if (http.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
        {
            var html = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            var hashes = InlineScript().Matches(html)
                .Select(m => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(m.Groups[1].Value))))
                .Distinct();
            http.Response.Headers[ContentSecurityPolicy.Header] = SecurityHeadersMiddleware.StrictPolicy(keycloak.Value, hashes);
        }
        http.Response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(original, http.RequestAborted);
    }
}

namespace Saas.Host.Edge;

/// <summary>
/// The Content-Security-Policy of every response. Scripts only from our own origin (wwwroot/js), never inline, so an
/// injected <c>&lt;script&gt;</c> or <c>on*</c> attribute does not run. Inline styles stay allowed: printed forms and charts
/// carry style attributes, and style injection cannot run code. Forms may also post to the identity server, because
/// Chromium applies form-action to the redirect of the sign-out form.
/// </summary>
public static class ContentSecurityPolicy
{
    public const string Header = "Content-Security-Policy";

    public static string For(string identityServerOrigin, IEnumerable<string>? scriptHashes = null)
    {
        var hashes = scriptHashes is null ? "" : string.Concat(scriptHashes.Select(h => $" 'sha256-{h}'"));
        return $"default-src 'self'; script-src 'self'{hashes}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + $"font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + $"form-action 'self' {identityServerOrigin}; frame-ancestors 'none'";
    }

    public static string OriginOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : "'none'";
}

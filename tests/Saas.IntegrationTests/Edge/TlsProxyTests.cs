using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Edge;

/// <summary>
/// Issue 10 item 7: the host behind a real nginx that terminates TLS (throwaway certificate, started by test.sh) and
/// connects from 127.0.0.2, the only address the host is told to trust. Through it the public scheme is https and the
/// public host is nginx's; HSTS, Secure cookies and the security headers are on every kind of response.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class TlsProxyTests
{
    [GeneratedRegex("script-src ([^;]*)")]
    private static partial Regex ScriptSources();

    public static List<string> EdgeHostArgs(params string[] extra) =>
    [
        .. TestEnvironment.HostArgs(PlatformFixture.Database), "--Scheduling:Enabled", "false",
        "--Proxy:KnownProxies:0", "127.0.0.2",
        .. extra,
    ];

    [Fact]
    public async Task Through_nginx_every_response_carries_hsts_and_the_security_headers_and_no_server_header()
    {
        await using var host = await HostProcess.StartAsync("edge", TestEnvironment.EdgeAppPort, EdgeHostArgs());
        using var client = EdgeClient.Through(EdgeClient.ProxyUrl, "127.0.0.1");
        var token = await Tokens.ForAsync("vanthu.snv");

        var requests = new (string What, Func<HttpRequestMessage> Request, HttpStatusCode Status)[]
        {
            ("page", () => new(HttpMethod.Get, "/"), HttpStatusCode.OK),
            ("public page", () => new(HttpMethod.Get, "/tra-cuu"), HttpStatusCode.OK),
            ("static css", () => new(HttpMethod.Get, "/css/site.css"), HttpStatusCode.OK),
            ("static js", () => new(HttpMethod.Get, "/js/site.js"), HttpStatusCode.OK),
            ("api", () => Authorized("/api/v1/me", token), HttpStatusCode.OK),
            ("api problem", () => Authorized("/api/v1/registers", token, tenant: "so-tai-chinh"), HttpStatusCode.Forbidden),
            ("unknown tenant", () => new(HttpMethod.Get, "/t/khong-co-don-vi-nay/api/v1/tenant"), HttpStatusCode.NotFound),
            ("no such page", () => new(HttpMethod.Get, "/khong-co-trang-nay"), HttpStatusCode.NotFound),
            ("anonymous api", () => new(HttpMethod.Get, "/api/v1/me"), HttpStatusCode.Unauthorized),
            ("openapi", () => new(HttpMethod.Get, "/openapi/v1.json"), HttpStatusCode.OK),
            ("api reference redirect", () => new(HttpMethod.Get, "/api-docs"), HttpStatusCode.Redirect),
            ("health", () => new(HttpMethod.Get, "/health/live"), HttpStatusCode.OK),
        };
        foreach (var (what, request, status) in requests)
        {
            using var response = await client.SendAsync(request());
            Assert.True(status == response.StatusCode, $"{what}: {(int)response.StatusCode}");
            AssertSecurityHeaders(what, response, https: true);
        }

        // The API reference (third-party HTML) runs its one inline script by hash, never by 'unsafe-inline'.
        using (var redirect = await client.GetAsync("/api-docs"))
        {
            using var docs = await client.GetAsync(redirect.Headers.Location);
            Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
            AssertSecurityHeaders("api reference", docs, https: true);
            Assert.Contains("'sha256-", ScriptSources().Match(docs.Headers.GetValues("Content-Security-Policy").Single()).Value, StringComparison.Ordinal);
        }

        // Straight to Kestrel over plain HTTP: no HSTS (meaningless there), the other headers still, no Server header.
        using var direct = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        using (var page = await direct.GetAsync("/"))
        {
            AssertSecurityHeaders("direct page", page, https: false);
        }
    }

    [Fact]
    public async Task Through_nginx_cookies_are_secure_and_redirects_use_the_public_https_host()
    {
        await using var host = await HostProcess.StartAsync("edge", TestEnvironment.EdgeAppPort, EdgeHostArgs());
        var cookies = new CookieContainer();
        using var client = EdgeClient.Through(EdgeClient.ProxyUrl, "127.0.0.1", cookies);

        // Antiforgery cookie of a page with a form.
        using (var page = await client.GetAsync("/tra-cuu"))
        {
            AssertAllSecure("antiforgery", page, "saas.af");
        }
        // Culture cookie; the redirect stays relative to the public host.
        using (var culture = await client.PostAsync("/account/culture?culture=en-US&returnUrl=%2Ftra-cuu", null))
        {
            Assert.Equal(HttpStatusCode.Redirect, culture.StatusCode);
            Assert.Equal("/tra-cuu", culture.Headers.Location!.OriginalString);
            AssertAllSecure("culture", culture, ".AspNetCore.Culture");
        }
        // The OIDC challenge: correlation and nonce cookies Secure, and the callback the identity server is given is
        // the public https URL (forwarded proto and host), not Kestrel's http://127.0.0.1:port.
        using (var challenge = await client.GetAsync("/account/login?returnUrl=%2Ftra-cuu"))
        {
            Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
            var query = System.Web.HttpUtility.ParseQueryString(challenge.Headers.Location!.Query);
            Assert.Equal($"{EdgeClient.ProxyUrl}/signin-oidc", query["redirect_uri"]);
            AssertAllSecure("oidc challenge", challenge, ".AspNetCore.Correlation.", ".AspNetCore.OpenIdConnect.Nonce.");
        }
        // The whole sign-in through nginx: the auth cookie is Secure and the browser lands on the public host.
        using (var signedIn = await OidcSignIn.SignInAsync(client, "/account/login?returnUrl=%2Ft%2Fso-noi-vu%2F", "vanthu.snv"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            Assert.Equal("/t/so-noi-vu/", signedIn.Headers.Location!.OriginalString);
            AssertAllSecure("sign-in", signedIn, "saas.auth");
        }
        using (var home = await client.GetAsync("/t/so-noi-vu/"))
        {
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
            Assert.Contains("id=\"user-name\"", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        // Sign-out sends the browser to the identity server with the public https address to come back to.
        using (var form = await client.GetAsync("/t/so-noi-vu/"))
        {
            var html = await form.Content.ReadAsStringAsync();
            var token = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
            using var logout = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
            var query = System.Web.HttpUtility.ParseQueryString(logout.Headers.Location!.Query);
            Assert.StartsWith(EdgeClient.ProxyUrl + "/", query["post_logout_redirect_uri"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_host_refuses_to_start_with_a_proxy_address_that_does_not_parse()
    {
        var (exitCode, output) = await HostRun.ServeUntilExitAsync(18163, [.. TestEnvironment.HostArgs(PlatformFixture.Database),
            "--Scheduling:Enabled", "false", "--Proxy:KnownProxies:0", "nginx.local", "--Proxy:KnownNetworks:0", "10.0.0.0/99"]);
        Assert.NotEqual(0, exitCode);
        Assert.Contains("Proxy:KnownProxies: 'nginx.local' is not an IP address", output, StringComparison.Ordinal);
        Assert.Contains("Proxy:KnownNetworks: '10.0.0.0/99'", output, StringComparison.Ordinal);
    }

    private static HttpRequestMessage Authorized(string path, string token, string? tenant = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (tenant is not null)
        {
            request.Headers.Add("X-Tenant", tenant);
        }
        return request;
    }

    private static void AssertSecurityHeaders(string what, HttpResponseMessage response, bool https)
    {
        var all = response.Headers.Concat(response.Content.Headers).ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        Assert.False(all.ContainsKey("Server"), $"{what}: Server header {all.GetValueOrDefault("Server")}");
        Assert.True(all.TryGetValue("Content-Security-Policy", out var csp), $"{what}: no CSP");
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        var scripts = ScriptSources().Match(csp).Value;
        Assert.DoesNotContain("unsafe-inline", scripts, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", scripts, StringComparison.Ordinal);
        Assert.Equal("nosniff", all.GetValueOrDefault("X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", all.GetValueOrDefault("Referrer-Policy"));
        Assert.Contains("camera=()", all.GetValueOrDefault("Permissions-Policy") ?? "", StringComparison.Ordinal);
        if (https)
        {
            Assert.True(all.TryGetValue("Strict-Transport-Security", out var hsts), $"{what}: no HSTS");
            Assert.StartsWith("max-age=31536000", hsts, StringComparison.Ordinal);
        }
        else
        {
            Assert.False(all.ContainsKey("Strict-Transport-Security"), $"{what}: HSTS over plain HTTP");
        }
    }

    private static void AssertAllSecure(string what, HttpResponseMessage response, params string[] expectedPrefixes)
    {
        var setCookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        foreach (var prefix in expectedPrefixes)
        {
            Assert.True(setCookies.Any(c => c.StartsWith(prefix, StringComparison.Ordinal)), $"{what}: no {prefix} cookie in {string.Join(" | ", setCookies)}");
        }
        foreach (var cookie in setCookies)
        {
            Assert.True(cookie.Split(';').Any(p => p.Trim().Equals("secure", StringComparison.OrdinalIgnoreCase)), $"{what}: not Secure: {cookie}");
        }
    }
}

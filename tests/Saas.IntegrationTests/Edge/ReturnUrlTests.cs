using System.Net;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Edge;

/// <summary>
/// Issue 10 item 5: a return URL that a browser reads as another host (<c>/\evil</c>, a tab or newline after the first
/// slash, <c>//evil</c>, absolute URLs) is never followed — not after signing in, not by the language switch, which
/// answers a redirect home instead of a 500.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ReturnUrlTests(PlatformFixture platform)
{
    private static readonly string[] ForeignUrls =
    [
        "/\\evil.example/",
        "/\tevil.example/",
        "/\t/evil.example/",
        "/\n/evil.example/",
        "//evil.example/",
        "\\\\evil.example/",
        "https://evil.example/",
        "~//evil.example/",
        "~/\\evil.example/",
        " //evil.example/",
    ];

    public static TheoryData<string> Foreign => new(ForeignUrls);

    // Through nginx (https), the way browsers reach the platform: the OIDC correlation cookie is Secure, so an HTTP
    // client would not send it back over plain http (Chromium makes an exception for localhost; HttpClient does not).
    [Fact]
    public async Task Signing_in_with_a_foreign_return_url_ends_on_the_platform()
    {
        await using var host = await HostProcess.StartAsync("edge", TestEnvironment.EdgeAppPort, TlsProxyTests.EdgeHostArgs());
        foreach (var returnUrl in ForeignUrls)
        {
            using var app = EdgeClient.Through(EdgeClient.ProxyUrl, "127.0.0.1", new CookieContainer());
            using var signedIn = await OidcSignIn.SignInAsync(app, "/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl), "vanthu.snv");

            Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect, $"{returnUrl}: {(int)signedIn.StatusCode}");
            var location = signedIn.Headers.Location!.OriginalString;
            Assert.True(location == "/", $"{returnUrl} -> {location}");
            Assert.Equal("localhost", new Uri(new Uri(EdgeClient.ProxyUrl), new Uri(location, UriKind.Relative)).Host);
        }

        using var local = EdgeClient.Through(EdgeClient.ProxyUrl, "127.0.0.1", new CookieContainer());
        using var back = await OidcSignIn.SignInAsync(local, "/account/login?returnUrl=" + Uri.EscapeDataString("/t/so-noi-vu/documents/incoming?page=2"), "vanthu.snv");
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal("/t/so-noi-vu/documents/incoming?page=2", back.Headers.Location!.OriginalString);
    }

    [Theory]
    [MemberData(nameof(Foreign))]
    [InlineData("")]
    [InlineData("~")]
    [InlineData("/\u007F/evil.example/")]
    public async Task The_language_switch_with_an_odd_return_url_redirects_home(string returnUrl)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(platform.BaseUrl) };

        using var plain = await client.PostAsync($"/account/culture?culture=en-US&returnUrl={Uri.EscapeDataString(returnUrl)}", null);
        Assert.Equal(HttpStatusCode.Redirect, plain.StatusCode);
        Assert.Equal("/", plain.Headers.Location!.OriginalString);

        using var prefixed = await client.PostAsync($"/t/so-noi-vu/account/culture?culture=vi-VN&returnUrl={Uri.EscapeDataString(returnUrl)}", null);
        Assert.Equal(HttpStatusCode.Redirect, prefixed.StatusCode);
        Assert.Equal("/t/so-noi-vu/", prefixed.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_language_switch_returns_to_a_local_page()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(platform.BaseUrl) };
        using var response = await client.PostAsync("/account/culture?culture=en-US&returnUrl=%2Ftra-cuu%3Fx%3D1", null);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/tra-cuu?x=1", response.Headers.Location!.OriginalString);
    }
}

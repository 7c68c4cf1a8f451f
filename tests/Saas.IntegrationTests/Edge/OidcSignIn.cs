using System.Net;
using System.Text.RegularExpressions;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Edge;

/// <summary>
/// The browser's sign-in, step by step over HTTP against the real identity server: the app's challenge, the login form,
/// the authorization response posted back to the app's callback. Returns the app's last answer (its Location is where
/// the browser would end up), so tests can see every hop instead of a browser silently following it.
/// </summary>
public static partial class OidcSignIn
{
    [GeneratedRegex("<form[^>]*action=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex FormAction();

    [GeneratedRegex("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Input();

    /// <summary>Starts at <paramref name="loginPath"/> of the app (e.g. /account/login?returnUrl=…) and signs in as the user.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient app, string loginPath, string username)
    {
        using var challenge = await app.GetAsync(loginPath);
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var next = challenge.Headers.Location!;
        Assert.StartsWith(TestEnvironment.Oidc, next.ToString(), StringComparison.Ordinal);

        using var idp = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() });
        HttpResponseMessage? response = await idp.GetAsync(next);
        for (var hop = 0; hop < 10; hop++)
        {
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther)
            {
                var location = new Uri(response.RequestMessage!.RequestUri!, response.Headers.Location!);
                response.Dispose();
                response = await idp.GetAsync(location);
                continue;
            }
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"identity server answered {(int)response.StatusCode}: {html}");
            var action = new Uri(response.RequestMessage!.RequestUri!, WebUtility.HtmlDecode(FormAction().Match(html).Groups[1].Value));
            var fields = Input().Matches(html).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
            response.Dispose();
            if (html.Contains("id=\"kc-form-login\"", StringComparison.Ordinal))
            {
                fields["username"] = username;
                fields["password"] = Tokens.Password;
                response = await idp.PostAsync(action, new FormUrlEncodedContent(fields));
                continue;
            }
            // The authorization response (response_mode=form_post) goes to the app's callback, through the app's client.
            return await app.PostAsync(action, new FormUrlEncodedContent(fields));
        }
        throw new InvalidOperationException("sign-in did not reach the app's callback");
    }
}

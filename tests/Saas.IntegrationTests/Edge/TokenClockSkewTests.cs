using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Edge;

/// <summary>
/// Issue 10 item 9: an expired access token stops working within 30 seconds (the framework's default tolerance is five
/// minutes). The token is real: issued by a development identity server whose tokens live one second.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class TokenClockSkewTests
{
    [Fact]
    public async Task A_token_expired_more_than_30_seconds_ago_is_refused()
    {
        await using var idp = await ShortTokenIdentityServer.StartAsync(18094, lifetimeSeconds: 1);
        var args = TestEnvironment.HostArgs(PlatformFixture.Database);
        args.AddRange(["--Scheduling:Enabled", "false", "--Keycloak:AuthServerUrl", idp.Url]);
        await using var host = await HostProcess.StartAsync("short-tokens", 18164, args);

        using var http = new HttpClient();
        using var issued = await http.PostAsync(idp.TokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "saas-cli",
            ["username"] = "vanthu.snv",
            ["password"] = Tokens.Password,
            ["scope"] = "openid",
        }));
        Assert.True(issued.IsSuccessStatusCode, await issued.Content.ReadAsStringAsync());
        var token = JsonDocument.Parse(await issued.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString()!;
        var expires = DateTimeOffset.FromUnixTimeSeconds(ExpiresAt(token));

        using var api = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        // Just past its expiry the token is still inside the tolerance: the host accepts it, so it is a valid token.
        await DelayUntil(expires.AddSeconds(2));
        using (var tolerated = await api.GetAsync("/api/v1/me"))
        {
            Assert.Equal(HttpStatusCode.OK, tolerated.StatusCode);
        }

        // 35 s after expiry (so also at 60 s, and at any time the old five-minute default would have allowed), refused.
        await DelayUntil(expires.AddSeconds(35));
        using var refused = await api.GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("expired", refused.Headers.WwwAuthenticate.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_host_refuses_to_start_with_a_tolerance_above_30_seconds()
    {
        var (exitCode, output) = await HostRun.ServeUntilExitAsync(18165, [.. TestEnvironment.HostArgs(PlatformFixture.Database),
            "--Scheduling:Enabled", "false", "--Keycloak:ClockSkewSeconds", "300"]);
        Assert.NotEqual(0, exitCode);
        Assert.Contains("Keycloak:ClockSkewSeconds must be between 0 and 30", output, StringComparison.Ordinal);
    }

    private static long ExpiresAt(string jwt)
    {
        var payload = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        return JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload))).RootElement.GetProperty("exp").GetInt64();
    }

    private static Task DelayUntil(DateTimeOffset moment)
    {
        var wait = moment - DateTimeOffset.UtcNow;
        return wait > TimeSpan.Zero ? Task.Delay(wait) : Task.CompletedTask;
    }
}

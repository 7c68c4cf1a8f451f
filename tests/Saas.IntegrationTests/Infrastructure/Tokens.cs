using System.Collections.Concurrent;
using System.Text.Json;

namespace Saas.IntegrationTests.Infrastructure;

/// <summary>Access tokens from the identity server with the password grant (client saas-cli), as a script would get them.</summary>
public static class Tokens
{
    public const string Password = "Demo@123";
    private static readonly ConcurrentDictionary<string, (string Token, DateTime Expires)> Cache = new();
    private static readonly HttpClient Http = new();

    public static string TokenEndpoint => $"{TestEnvironment.Oidc}/realms/thanh-hoa/protocol/openid-connect/token";

    public static async Task<string> ForAsync(string username)
    {
        if (Cache.TryGetValue(username, out var cached) && cached.Expires > DateTime.UtcNow)
        {
            return cached.Token;
        }
        var token = await RequestAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "saas-cli",
            ["username"] = username,
            ["password"] = Password,
            ["scope"] = "openid",
        });
        Cache[username] = (token, DateTime.UtcNow.AddSeconds(200));
        return token;
    }

    /// <summary>A fresh token, after group changes: cached tokens carry the groups of the time they were issued.</summary>
    public static Task<string> FreshAsync(string username)
    {
        Cache.TryRemove(username, out _);
        return ForAsync(username);
    }

    public static Task<string> ClientCredentialsAsync(string clientId, string secret) =>
        RequestAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        });

    private static async Task<string> RequestAsync(Dictionary<string, string> form)
    {
        using var response = await Http.PostAsync(TokenEndpoint, new FormUrlEncodedContent(form));
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"token request failed: {(int)response.StatusCode} {body}");
        }
        using var doc = JsonDocument.Parse(body);
        return doc.RootElement.GetProperty("access_token").GetString()!;
    }
}

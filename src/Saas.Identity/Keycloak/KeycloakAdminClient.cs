using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Saas.Identity.Keycloak;

/// <summary>
/// The part of Keycloak's Admin REST API the platform uses (users, groups, members), called with the
/// service account of <see cref="KeycloakOptions.AdminClientId"/>. Tenant admins never need a console login.
/// </summary>
/// <remarks>
/// A typed <see cref="HttpClient"/> (<c>AddHttpClient&lt;KeycloakAdminClient&gt;</c>) with the standard resilience
/// handler: transient, so its handler is rotated by the factory; the token lives in the singleton <see cref="KeycloakTokenStore"/>.
/// </remarks>
public sealed class KeycloakAdminClient(HttpClient http, IOptions<KeycloakOptions> options, KeycloakTokenStore tokens)
{

    private KeycloakOptions O => options.Value;

    private string AdminBase => $"{O.AuthServerUrl.TrimEnd('/')}/admin/realms/{O.Realm}";

    public async Task<KeycloakGroup?> GroupByPathAsync(string path, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Get, $"{AdminBase}/group-by-path/{Uri.EscapeDataString(path.Trim('/')).Replace("%2F", "/", StringComparison.Ordinal)}", null, ct);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<KeycloakGroup>(ct);
    }

    public async Task<IReadOnlyList<KeycloakGroup>> ChildrenAsync(string groupId, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Get, $"{AdminBase}/groups/{groupId}/children?first=0&max=200", null, ct);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<List<KeycloakGroup>>(ct) ?? [];
    }

    public async Task<KeycloakGroup> CreateChildAsync(string parentId, string name, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Post, $"{AdminBase}/groups/{parentId}/children", JsonContent.Create(new { name }), ct);
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            return (await ChildrenAsync(parentId, ct)).First(g => g.Name == name);
        }
        response.EnsureSuccessStatusCode();
        var id = response.Headers.Location?.Segments.Last() ?? throw new InvalidOperationException("Keycloak returned no Location header");
        return new KeycloakGroup(id, name, null, null);
    }

    public async Task<IReadOnlyList<KeycloakUser>> MembersAsync(string groupId, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Get, $"{AdminBase}/groups/{groupId}/members?first=0&max=1000", null, ct);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<List<KeycloakUser>>(ct) ?? [];
    }

    public async Task<KeycloakUser?> UserAsync(string userId, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Get, $"{AdminBase}/users/{Uri.EscapeDataString(userId)}", null, ct);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<KeycloakUser>(ct);
    }

    public async Task<IReadOnlyList<KeycloakUser>> SearchUsersAsync(string search, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Get, $"{AdminBase}/users?search={Uri.EscapeDataString(search)}&first=0&max=20", null, ct);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<List<KeycloakUser>>(ct) ?? [];
    }

    public async Task JoinGroupAsync(string userId, string groupId, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Put, $"{AdminBase}/users/{Uri.EscapeDataString(userId)}/groups/{groupId}", null, ct);
        response.EnsureSuccessStatusCode();
    }

    public async Task LeaveGroupAsync(string userId, string groupId, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Delete, $"{AdminBase}/users/{Uri.EscapeDataString(userId)}/groups/{groupId}", null, ct);
        response.EnsureSuccessStatusCode();
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, HttpContent? content, CancellationToken ct)
    {
        try
        {
            using var request = new HttpRequestMessage(method, url) { Content = content };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAsync(FetchTokenAsync, ct));
            return await http.SendAsync(request, ct);
        }
        catch (Polly.ExecutionRejectedException e)
        {
            // The resilience handler gave up (attempts timed out, circuit open): callers handle an unreachable identity
            // server as one kind of failure, the HttpRequestException of a refused connection.
            throw new HttpRequestException(e.Message, e);
        }
    }

    private async Task<(string Token, int LifetimeSeconds)> FetchTokenAsync(CancellationToken ct)
    {
        using var response = await http.PostAsync(
            $"{O.Issuer}/protocol/openid-connect/token",
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = O.AdminClientId,
                ["client_secret"] = O.AdminClientSecret,
            }),
            ct);
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var token = doc.RootElement.GetProperty("access_token").GetString() ?? throw new HttpRequestException("Keycloak returned no access_token");
        return (token, doc.RootElement.TryGetProperty("expires_in", out var e) ? e.GetInt32() : 60);
    }
}

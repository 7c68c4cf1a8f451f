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
public sealed class KeycloakAdminClient(HttpClient http, IOptions<KeycloakOptions> options, TimeProvider clock)
{
    private readonly SemaphoreSlim _tokenLock = new(1, 1);
    private string? _token;
    private DateTimeOffset _tokenExpires;

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
        using var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(ct));
        return await http.SendAsync(request, ct);
    }

    private async Task<string> TokenAsync(CancellationToken ct)
    {
        if (_token is not null && clock.GetUtcNow() < _tokenExpires)
        {
            return _token;
        }
        await _tokenLock.WaitAsync(ct);
        try
        {
            if (_token is not null && clock.GetUtcNow() < _tokenExpires)
            {
                return _token;
            }
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
            _token = doc.RootElement.GetProperty("access_token").GetString();
            var lifetime = doc.RootElement.TryGetProperty("expires_in", out var e) ? e.GetInt32() : 60;
            _tokenExpires = clock.GetUtcNow().AddSeconds(Math.Max(10, lifetime - 30));
            return _token!;
        }
        finally
        {
            _tokenLock.Release();
        }
    }
}

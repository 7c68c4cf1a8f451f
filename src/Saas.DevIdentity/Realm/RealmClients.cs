namespace Saas.DevIdentity.Realm;

// Read-only view of the realm's clients with Keycloak's interpretation of their settings.
public sealed class RealmClients(RealmRepresentation realm)
{
    private readonly Dictionary<string, ClientRepresentation> _clients =
        realm.Clients.ToDictionary(c => c.ClientId, StringComparer.Ordinal);

    public IEnumerable<ClientRepresentation> All => _clients.Values;

    public ClientRepresentation? Find(string? clientId) =>
        clientId is not null && _clients.TryGetValue(clientId, out var client) && client.Enabled ? client : null;

    // Audiences added by the client's "oidc-audience-mapper" protocol mappers (Keycloak's audience mapper).
    public IReadOnlyList<string> MappedAudiences(ClientRepresentation client) => client.ProtocolMappers
        .Where(m => m.ProtocolMapper == "oidc-audience-mapper" &&
                    m.Config.GetValueOrDefault("access.token.claim", "true") == "true")
        .Select(m => m.Config.GetValueOrDefault("included.client.audience"))
        .OfType<string>()
        .Where(a => a.Length > 0)
        .ToList();

    public static bool RequiresPkceS256(ClientRepresentation client) =>
        client.Attributes.GetValueOrDefault("pkce.code.challenge.method") == "S256";

    // Keycloak stores post-logout URIs as one attribute joined by "##"; "+" means "same as redirectUris".
    public static IReadOnlyList<string> PostLogoutRedirectUris(ClientRepresentation client)
    {
        var raw = client.Attributes.GetValueOrDefault("post.logout.redirect.uris");
        if (string.IsNullOrEmpty(raw))
        {
            return [];
        }

        var uris = raw.Split("##", StringSplitOptions.RemoveEmptyEntries).ToList();
        if (uris.Remove("+"))
        {
            uris.AddRange(client.RedirectUris);
        }

        return uris;
    }
}

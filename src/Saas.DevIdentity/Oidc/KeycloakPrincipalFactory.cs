using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using Saas.DevIdentity.Realm;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Saas.DevIdentity.Oidc;

// Builds the claims exactly as the protocol mappers in the realm file make Keycloak emit them,
// so the platform cannot tell this server from Keycloak.
public sealed class KeycloakPrincipalFactory(RealmRoles roles, RealmClients clients)
{
    public ClaimsPrincipal Create(UserView user, string clientId, IEnumerable<string> scopes, string sessionId)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.PreferredUsername, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id);
        identity.SetClaim(Claims.PreferredUsername, user.Username);

        // oidc-full-name-mapper: "firstName lastName", omitted when both are empty.
        var fullName = string.Join(' ', new[] { user.FirstName, user.LastName }.Where(n => !string.IsNullOrWhiteSpace(n)));
        if (fullName.Length > 0)
        {
            identity.SetClaim(Claims.Name, fullName);
        }

        identity.SetClaim(Claims.GivenName, user.FirstName);
        identity.SetClaim(Claims.FamilyName, user.LastName);
        identity.SetClaim(Claims.Email, user.Email);
        identity.SetClaim(Claims.EmailVerified, user.EmailVerified);

        // Group membership mapper with full.path=true: always a JSON array, even empty or single.
        identity.SetClaim("groups", new JsonArray([.. user.GroupPaths.Select(p => (JsonNode?)JsonValue.Create(p))]));

        var (realmRoles, clientRoles) = roles.Expand(user.RealmRoles, user.ClientRoles);
        identity.SetClaim("realm_access", new JsonObject { ["roles"] = ToArray(realmRoles) });

        // Keycloak omits resource_access entirely when the user has no client roles.
        if (clientRoles.Count > 0)
        {
            var resourceAccess = new JsonObject();
            foreach (var (client, names) in clientRoles.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                resourceAccess[client] = new JsonObject { ["roles"] = ToArray(names) };
            }

            identity.SetClaim("resource_access", resourceAccess);
        }

        identity.SetClaim("default_tenant", user.Attribute("default_tenant"));
        identity.SetClaim(Claims.AuthorizedParty, clientId);
        identity.SetClaim("sid", sessionId);

        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(scopes);
        principal.SetResources(Audiences(clientId, clientRoles.Keys));
        principal.SetDestinations(static _ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return principal;
    }

    // Audience mapper targets plus Keycloak's "audience resolve" mapper (every client whose roles are in
    // the token, except the requesting client itself).
    private IEnumerable<string> Audiences(string clientId, IEnumerable<string> clientsWithRoles)
    {
        var client = clients.Find(clientId);
        var mapped = client is null ? [] : clients.MappedAudiences(client);
        return mapped.Concat(clientsWithRoles.Where(c => c != clientId)).Distinct(StringComparer.Ordinal).ToList();
    }

    private static JsonArray ToArray(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);
}

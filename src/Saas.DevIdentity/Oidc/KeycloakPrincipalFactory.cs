using System.Security.Claims;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using Saas.DevIdentity.Realm;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Saas.DevIdentity.Oidc;

// Builds the claims exactly as the protocol mappers in the realm file make Keycloak emit them,
// so the platform cannot tell this server from Keycloak.
public sealed class KeycloakPrincipalFactory(RealmRoles roles, RealmClients clients)
{
    // Scopes are applied by the caller (ScopePolicy); claims do not depend on them because profile, email,
    // roles and saas-tenancy are default client scopes in the realm file, i.e. always applied by Keycloak.
    public ClaimsPrincipal Create(UserView user, string clientId, string sessionId, DateTimeOffset authTime)
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

        // Group membership mapper with full.path=true: always a JSON array, even empty or single. One claim
        // typed JsonArray (rather than one claim per group) is what keeps a single group from becoming a string.
        identity.AddClaim(new Claim("groups", JsonSerializer.Serialize(user.GroupPaths), JsonClaimValueTypes.JsonArray));

        var (realmRoles, clientRoles) = roles.Expand(user.RealmRoles, user.ClientRoles);
        identity.SetClaim("realm_access", JsonSerializer.SerializeToElement(new { roles = realmRoles }));

        // Keycloak omits resource_access entirely when the user has no client roles.
        if (clientRoles.Count > 0)
        {
            var resourceAccess = new SortedDictionary<string, object>(StringComparer.Ordinal);
            foreach (var (client, names) in clientRoles)
            {
                resourceAccess[client] = new { roles = names };
            }

            identity.SetClaim("resource_access", JsonSerializer.SerializeToElement(resourceAccess));
        }

        identity.SetClaim("default_tenant", user.Attribute("default_tenant"));
        identity.SetClaim(Claims.AuthorizedParty, clientId);
        identity.SetClaim("sid", sessionId);
        identity.SetClaim(Claims.AuthenticationTime, authTime.ToUnixTimeSeconds());

        var principal = new ClaimsPrincipal(identity);
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
}

using System.Security.Claims;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Saas.DevIdentity.Oidc;

// Keycloak applies the client's default scopes (profile, email, ...) whatever the request says and
// always issues a refresh token for user flows. OpenIddict only issues refresh tokens for offline_access,
// so we grant it internally and remember (in a claim with no destination, kept only in codes and refresh
// tokens) that the client did not ask for it, so it never shows in "scope".
public static class ScopePolicy
{
    public const string ImplicitOfflineClaim = "devid_implicit_offline";

    public static readonly string[] Registered =
        [Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.OfflineAccess, Scopes.Roles, "basic", "web-origins", "acr", "saas-tenancy"];

    private static readonly string[] Defaults = [Scopes.Profile, Scopes.Email];

    public static void ApplyForUser(ClaimsPrincipal principal, IEnumerable<string> requested)
    {
        var scopes = Order(requested.Concat(Defaults)).ToList();
        if (!scopes.Contains(Scopes.OfflineAccess))
        {
            scopes.Add(Scopes.OfflineAccess);
            principal.SetClaim(ImplicitOfflineClaim, "true");
        }

        principal.SetScopes(scopes);
    }

    // Keycloak does not issue refresh tokens for client_credentials by default.
    public static void ApplyForServiceAccount(ClaimsPrincipal principal, IEnumerable<string> requested) =>
        principal.SetScopes(Order(requested.Where(s => s != Scopes.OfflineAccess).Concat(Defaults)));

    public static IReadOnlyList<string> Visible(ClaimsPrincipal principal) =>
        principal.GetClaim(ImplicitOfflineClaim) is null
            ? [.. principal.GetScopes()]
            : [.. principal.GetScopes().Where(s => s != Scopes.OfflineAccess)];

    // "openid" first, then the rest in a stable order, like Keycloak's scope string.
    private static IEnumerable<string> Order(IEnumerable<string> scopes) =>
        scopes.Distinct(StringComparer.Ordinal).OrderBy(s => s == Scopes.OpenId ? 0 : 1).ThenBy(s => s, StringComparer.Ordinal);
}

using OpenIddict.Abstractions;
using OpenIddict.Server;
using Saas.DevIdentity.Realm;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Saas.DevIdentity.Oidc;

// Replaces OpenIddict's exact-match post_logout_redirect_uri check with Keycloak's rules: the client is
// taken from client_id or from the id_token_hint, and its "post.logout.redirect.uris" attribute may hold
// wildcards or "+" (= the redirectUris).
public sealed class ValidateKeycloakPostLogoutRedirectUri(RealmClients clients) : IOpenIddictServerHandler<ValidateEndSessionRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateEndSessionRequestContext>()
            .AddFilter<OpenIddictServerHandlerFilters.RequirePostLogoutRedirectUriParameter>()
            .UseSingletonHandler<ValidateKeycloakPostLogoutRedirectUri>()
            .SetOrder(OpenIddictServerHandlers.Session.ValidateClientPostLogoutRedirectUri.Descriptor.Order)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ValidateEndSessionRequestContext context)
    {
        var hint = context.IdentityTokenHintPrincipal;
        var clientId = context.ClientId
            ?? hint?.GetClaim(Claims.AuthorizedParty)
            ?? hint?.GetPresenters().FirstOrDefault()
            ?? hint?.GetAudiences().FirstOrDefault();
        if (string.IsNullOrEmpty(clientId))
        {
            // Same rule and message as Keycloak 18+.
            context.Reject(Errors.InvalidRequest, "Missing parameters: id_token_hint");
            return ValueTask.CompletedTask;
        }

        // Make the client explicit so OpenIddict's later checks (endpoint permission, authorized party)
        // use the client_id path instead of looking clients up by exact post_logout_redirect_uri.
        context.Request.ClientId ??= clientId;

        var client = clients.Find(clientId);
        if (client is null || !RedirectUriRules.Matches(context.PostLogoutRedirectUri!, RealmClients.PostLogoutRedirectUris(client)))
        {
            context.Reject(Errors.InvalidRequest, "Invalid redirect uri");
        }

        return ValueTask.CompletedTask;
    }
}

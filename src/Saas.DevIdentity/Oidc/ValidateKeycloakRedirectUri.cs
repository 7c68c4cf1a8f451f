using OpenIddict.Server;
using Saas.DevIdentity.Realm;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Saas.DevIdentity.Oidc;

// Replaces OpenIddict's exact-match redirect_uri check (ValidateClientRedirectUri) because Keycloak
// clients register wildcard entries such as "http://localhost:8080/*".
public sealed class ValidateKeycloakRedirectUri(RealmClients clients) : IOpenIddictServerHandler<ValidateAuthorizationRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateAuthorizationRequestContext>()
            .UseSingletonHandler<ValidateKeycloakRedirectUri>()
            .SetOrder(OpenIddictServerHandlers.Authentication.ValidateClientRedirectUri.Descriptor.Order)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ValidateAuthorizationRequestContext context)
    {
        var client = clients.Find(context.ClientId);
        if (client is null)
        {
            context.Reject(Errors.InvalidClient, "Client not found.");
            return ValueTask.CompletedTask;
        }

        // Keycloak only falls back to a registered URI when there is exactly one without a wildcard.
        if (string.IsNullOrEmpty(context.RedirectUri))
        {
            var exact = client.RedirectUris.Where(u => !u.EndsWith('*')).ToList();
            if (client.RedirectUris.Count == 1 && exact.Count == 1)
            {
                context.SetRedirectUri(exact[0]);
                return ValueTask.CompletedTask;
            }

            context.Reject(Errors.InvalidRequest, "Missing parameter: redirect_uri");
            return ValueTask.CompletedTask;
        }

        if (!RedirectUriRules.Matches(context.RedirectUri, client.RedirectUris))
        {
            context.Reject(Errors.InvalidRequest, "Invalid parameter: redirect_uri");
        }

        return ValueTask.CompletedTask;
    }
}

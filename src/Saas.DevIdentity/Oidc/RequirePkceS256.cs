using OpenIddict.Server;
using Saas.DevIdentity.Realm;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Saas.DevIdentity.Oidc;

// Keycloak's client attribute pkce.code.challenge.method=S256 makes PKCE mandatory AND forbids "plain";
// OpenIddict's per-client PKCE requirement only covers the first part.
public sealed class RequirePkceS256(RealmClients clients) : IOpenIddictServerHandler<ValidateAuthorizationRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateAuthorizationRequestContext>()
            .UseSingletonHandler<RequirePkceS256>()
            .SetOrder(ValidateKeycloakRedirectUri.Descriptor.Order + 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ValidateAuthorizationRequestContext context)
    {
        var client = clients.Find(context.ClientId);
        if (client is null || !RealmClients.RequiresPkceS256(client))
        {
            return ValueTask.CompletedTask;
        }

        if (string.IsNullOrEmpty(context.Request.CodeChallenge))
        {
            context.Reject(Errors.InvalidRequest, "Missing parameter: code_challenge");
        }
        else if (context.Request.CodeChallengeMethod != CodeChallengeMethods.Sha256)
        {
            context.Reject(Errors.InvalidRequest, "Invalid parameter: code challenge method is not matching the configured one");
        }

        return ValueTask.CompletedTask;
    }
}

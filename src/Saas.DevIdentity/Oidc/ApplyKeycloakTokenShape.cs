using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Saas.DevIdentity.Oidc;

// Gives tokens and the token response Keycloak's shape: the "typ" payload claim ("Bearer"/"ID"),
// refresh_expires_in, session_state and a "scope" that never shows the offline_access we add internally.
public sealed class ApplyKeycloakTokenShape : IOpenIddictServerHandler<ProcessSignInContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessSignInContext>()
            .UseSingletonHandler<ApplyKeycloakTokenShape>()
            .SetOrder(OpenIddictServerHandlers.PrepareIdentityTokenPrincipal.Descriptor.Order + 1)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ProcessSignInContext context)
    {
        var visibleScopes = ScopePolicy.Visible(context.Principal!);
        if (context.AccessTokenPrincipal is { } access)
        {
            access.SetClaim("typ", "Bearer");
            access.SetScopes(visibleScopes);
        }

        context.IdentityTokenPrincipal?.SetClaim("typ", "ID");

        if (context.EndpointType == OpenIddictServerEndpointType.Token)
        {
            context.Parameters["refresh_expires_in"] = context.IncludeRefreshToken
                ? (long)(context.Options.RefreshTokenLifetime ?? TimeSpan.Zero).TotalSeconds
                : 0L;
            context.Parameters["not-before-policy"] = 0L;
            context.Parameters[Parameters.Scope] = string.Join(' ', visibleScopes);
            if (context.Principal!.GetClaim("sid") is { } sid)
            {
                context.Parameters["session_state"] = sid;
            }
        }

        return ValueTask.CompletedTask;
    }
}

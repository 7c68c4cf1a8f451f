using OpenIddict.Server;
using Saas.DevIdentity.Realm;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Saas.DevIdentity.Oidc;

// Discovery must advertise URLs under Realm:PublicUrl (what browsers and the platform use), not the
// host the request happened to arrive on; OpenIddict only fills endpoints that are still unset.
public sealed class AttachKeycloakDiscoveryEndpoints(RealmUrls urls) : IOpenIddictServerHandler<HandleConfigurationRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandleConfigurationRequestContext>()
            .UseSingletonHandler<AttachKeycloakDiscoveryEndpoints>()
            .SetOrder(OpenIddictServerHandlers.Discovery.AttachEndpoints.Descriptor.Order - 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(HandleConfigurationRequestContext context)
    {
        context.AuthorizationEndpoint = urls.Absolute(urls.AuthorizationPath);
        context.TokenEndpoint = urls.Absolute(urls.TokenPath);
        context.UserInfoEndpoint = urls.Absolute(urls.UserInfoPath);
        context.EndSessionEndpoint = urls.Absolute(urls.LogoutPath);
        context.JsonWebKeySetEndpoint = urls.Absolute(urls.JwksPath);
        context.IntrospectionEndpoint = urls.Absolute(urls.IntrospectionPath);
        context.RevocationEndpoint = urls.Absolute(urls.RevocationPath);
        return ValueTask.CompletedTask;
    }
}

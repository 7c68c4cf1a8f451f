using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using Saas.DevIdentity.Data;
using Saas.DevIdentity.Realm;

namespace Saas.DevIdentity.Oidc;

public static class OpenIddictSetup
{
    // Keycloak defaults for this realm: 5 min access tokens, 30 min SSO idle (= refresh token lifetime).
    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromSeconds(300);
    public static readonly TimeSpan RefreshTokenLifetime = TimeSpan.FromSeconds(1800);

    public static IServiceCollection AddKeycloakCompatibleOpenIddict(
        this IServiceCollection services, RealmUrls urls, string connectionString,
        SecurityKey signingKey, SecurityKey encryptionKey, TimeSpan? accessTokenLifetime = null)
    {
        // Tests of token expiry run a second server with seconds-long tokens (Tokens:AccessTokenLifetimeSeconds).
        var accessLifetime = accessTokenLifetime ?? AccessTokenLifetime;
        services.AddDbContext<DevIdentityDbContext>(options =>
        {
            options.UseNpgsql(connectionString);
            options.UseOpenIddict();
        });

        services.AddOpenIddict()
            .AddCore(options => options.UseEntityFrameworkCore().UseDbContext<DevIdentityDbContext>())
            .AddServer(options =>
            {
                options.SetIssuer(new Uri(urls.Issuer, UriKind.Absolute));

                // Relative paths: matched against whatever host the request used (localhost, 127.0.0.1, a
                // container name); discovery advertises PublicUrl-based URLs (AttachKeycloakDiscoveryEndpoints).
                options.SetConfigurationEndpointUris(Relative(urls.DiscoveryPath))
                    .SetAuthorizationEndpointUris(Relative(urls.AuthorizationPath))
                    .SetTokenEndpointUris(Relative(urls.TokenPath))
                    .SetUserInfoEndpointUris(Relative(urls.UserInfoPath))
                    .SetEndSessionEndpointUris(Relative(urls.LogoutPath))
                    .SetJsonWebKeySetEndpointUris(Relative(urls.JwksPath))
                    .SetIntrospectionEndpointUris(Relative(urls.IntrospectionPath))
                    .SetRevocationEndpointUris(Relative(urls.RevocationPath));

                options.AllowAuthorizationCodeFlow()
                    .AllowRefreshTokenFlow()
                    .AllowPasswordFlow()
                    .AllowClientCredentialsFlow();

                options.RegisterScopes(ScopePolicy.Registered);
                options.RegisterClaims("groups", "realm_access", "resource_access", "default_tenant", "sid", "typ");

                options.AddSigningKey(signingKey).AddEncryptionKey(encryptionKey);

                // Plain signed JWTs so any JwtBearer handler validates them against the JWKS, like Keycloak's.
                options.DisableAccessTokenEncryption();

                options.SetAccessTokenLifetime(accessLifetime)
                    .SetIdentityTokenLifetime(accessLifetime)
                    .SetRefreshTokenLifetime(RefreshTokenLifetime)
                    .SetAuthorizationCodeLifetime(TimeSpan.FromSeconds(60));

                options.RemoveEventHandler(OpenIddictServerHandlers.Authentication.ValidateClientRedirectUri.Descriptor)
                    .AddEventHandler(ValidateKeycloakRedirectUri.Descriptor)
                    .AddEventHandler(RequirePkceS256.Descriptor)
                    .RemoveEventHandler(OpenIddictServerHandlers.Session.ValidateClientPostLogoutRedirectUri.Descriptor)
                    .AddEventHandler(ValidateKeycloakPostLogoutRedirectUri.Descriptor)
                    .AddEventHandler(AttachKeycloakDiscoveryEndpoints.Descriptor)
                    .AddEventHandler(ApplyKeycloakTokenShape.Descriptor);

                options.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    // Dev/CI run over plain HTTP, exactly like Keycloak with sslRequired=none.
                    .DisableTransportSecurityRequirement();
            })
            // Validates this server's own access tokens for the admin REST API.
            .AddValidation(options =>
            {
                options.UseLocalServer();
                options.UseAspNetCore();
            });

        return services;
    }

    private static string Relative(string path) => path.TrimStart('/');
}

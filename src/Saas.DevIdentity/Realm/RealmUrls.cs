namespace Saas.DevIdentity.Realm;

// Keycloak's URL layout, computed once so every component (OpenIddict, discovery, admin Location headers)
// agrees on the same absolute URLs.
public sealed class RealmUrls(string publicUrl, string realm)
{
    public string PublicUrl { get; } = publicUrl.TrimEnd('/');
    public string Realm { get; } = realm;

    public string Issuer => $"{PublicUrl}/realms/{Realm}";
    public string RealmPath => $"/realms/{Realm}";
    public string OidcPath => $"{RealmPath}/protocol/openid-connect";
    public string AuthorizationPath => $"{OidcPath}/auth";
    public string TokenPath => $"{OidcPath}/token";
    public string UserInfoPath => $"{OidcPath}/userinfo";
    public string LogoutPath => $"{OidcPath}/logout";
    public string JwksPath => $"{OidcPath}/certs";
    public string IntrospectionPath => $"{OidcPath}/token/introspect";
    public string RevocationPath => $"{OidcPath}/revoke";
    public string DiscoveryPath => $"{RealmPath}/.well-known/openid-configuration";
    public string LoginPath => $"{RealmPath}/login-actions/authenticate";
    public string AdminPath => $"/admin/realms/{Realm}";

    public Uri Absolute(string path) => new(PublicUrl + path, UriKind.Absolute);
}

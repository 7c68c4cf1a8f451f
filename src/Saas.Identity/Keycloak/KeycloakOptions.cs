namespace Saas.Identity.Keycloak;

/// <summary>
/// The <c>Keycloak</c> configuration section, named as Keycloak's own adapters name it (keycloak.json):
/// realm, auth-server-url, resource, ssl-required, credentials. The same section points at real Keycloak in
/// production and at the development identity server everywhere else.
/// </summary>
public sealed class KeycloakOptions
{
    public const string Section = "Keycloak";

    public string Realm { get; set; } = "thanh-hoa";

    /// <summary>Base URL, e.g. http://localhost:8081 (Keycloak 17+ has no /auth suffix).</summary>
    public string AuthServerUrl { get; set; } = "http://localhost:8081";

    /// <summary>The confidential client of the web UI (OpenID Connect code flow + PKCE).</summary>
    public string Resource { get; set; } = "saas-web";

    /// <summary>Audience the API expects in bearer tokens.</summary>
    public string Audience { get; set; } = "saas-api";

    /// <summary>none | external | all, as in Keycloak.</summary>
    public string SslRequired { get; set; } = "external";

    public KeycloakCredentials Credentials { get; set; } = new();

    /// <summary>
    /// Tolerance for clocks when checking a token's lifetime. The framework's default is five minutes, which let an
    /// expired access token work five more minutes; validated on start to at most <see cref="MaxClockSkewSeconds"/>.
    /// </summary>
    public int ClockSkewSeconds { get; set; } = MaxClockSkewSeconds;

    public const int MaxClockSkewSeconds = 30;

    /// <summary>Service-account client used for the admin REST API (groups and members).</summary>
    public string AdminClientId { get; set; } = "saas-admin";

    public string AdminClientSecret { get; set; } = "";

    /// <summary>Groups under this path carry tenant memberships: /tenants/&lt;tenant&gt;/&lt;role&gt;.</summary>
    public string TenantGroupsRoot { get; set; } = "tenants";

    public string Issuer => $"{AuthServerUrl.TrimEnd('/')}/realms/{Realm}";

    public bool RequireHttps => SslRequired == "all"
        || (SslRequired == "external" && !IsLocal(AuthServerUrl));

    private static bool IsLocal(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Host.EndsWith(".localhost", StringComparison.Ordinal));
}

public sealed class KeycloakCredentials
{
    public string Secret { get; set; } = "";
}

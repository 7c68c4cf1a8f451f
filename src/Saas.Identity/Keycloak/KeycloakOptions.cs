using System.ComponentModel.DataAnnotations;
namespace Saas.Identity.Keycloak;

/// <summary>
/// The <c>Keycloak</c> configuration section, named as Keycloak's own adapters name it (keycloak.json):
/// realm, auth-server-url, resource, ssl-required, credentials. The same section points at real Keycloak in
/// production and at the development identity server everywhere else.
/// </summary>
public sealed class KeycloakOptions
{
    public const string Section = "Keycloak";

    [Required(AllowEmptyStrings = false, ErrorMessage = "Keycloak:Realm is required.")]
    public string Realm { get; set; } = "thanh-hoa";

    /// <summary>Base URL, e.g. http://localhost:8081 (Keycloak 17+ has no /auth suffix).</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Keycloak:AuthServerUrl is required.")]
    [Url(ErrorMessage = "Keycloak:AuthServerUrl must be an absolute http(s) URL.")]
    public string AuthServerUrl { get; set; } = "http://localhost:8081";

    /// <summary>The confidential client of the web UI (OpenID Connect code flow + PKCE).</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Keycloak:Resource is required.")]
    public string Resource { get; set; } = "saas-web";

    /// <summary>Audience the API expects in bearer tokens.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Keycloak:Audience is required.")]
    public string Audience { get; set; } = "saas-api";

    /// <summary>none | external | all, as in Keycloak.</summary>
    [AllowedValues("none", "external", "all", ErrorMessage = "Keycloak:SslRequired must be none, external or all.")]
    public string SslRequired { get; set; } = "external";

    public KeycloakCredentials Credentials { get; set; } = new();

    /// <summary>
    /// Tolerance for clocks when checking a token's lifetime. The framework's default is five minutes, which let an
    /// expired access token work five more minutes; validated on start to at most <see cref="MaxClockSkewSeconds"/>.
    /// </summary>
    [Range(0, MaxClockSkewSeconds, ErrorMessage = "Keycloak:ClockSkewSeconds must be between 0 and 30.")]
    public int ClockSkewSeconds { get; set; } = MaxClockSkewSeconds;

    public const int MaxClockSkewSeconds = 30;

    /// <summary>Service-account client used for the admin REST API (groups and members).</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Keycloak:AdminClientId is required.")]
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

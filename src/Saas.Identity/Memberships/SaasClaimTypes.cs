namespace Saas.Identity.Memberships;

public static class SaasClaimTypes
{
    /// <summary>"&lt;tenant&gt;:&lt;role&gt;", one claim per Keycloak tenant group.</summary>
    public const string Membership = "saas:membership";

    /// <summary>Client roles of this platform's clients (resource_access.&lt;client&gt;.roles).</summary>
    public const string ClientRole = "saas:client_role";

    public const string Transformed = "saas:transformed";
}

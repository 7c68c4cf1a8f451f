namespace Saas.Tenancy;

/// <summary>Bound from <c>Tenancy</c>.</summary>
public sealed class TenancyOptions
{
    public const string Section = "Tenancy";

    /// <summary>Province folder whose level defaults new tenants receive, e.g. <c>tenants/thanh-hoa</c>.</summary>
    public string ManifestFolder { get; set; } = "";

    /// <summary>Strategies tried in order; the first that names a tenant wins: route, header, host, claim.</summary>
    public List<string> ResolutionOrder { get; set; } = [];

    /// <summary>Used when <see cref="ResolutionOrder"/> is not configured (a list initialiser would be appended to by the binder).</summary>
    public static readonly IReadOnlyList<string> DefaultResolutionOrder = ["route", "header", "host", "claim"];

    public string HeaderName { get; set; } = "X-Tenant";

    public string DefaultTenantClaim { get; set; } = "default_tenant";
}

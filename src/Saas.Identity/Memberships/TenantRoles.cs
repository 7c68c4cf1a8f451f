namespace Saas.Identity.Memberships;

/// <summary>Roles a user can hold in a tenant; each is a Keycloak group /tenants/&lt;tenant&gt;/&lt;role&gt;.</summary>
public static class TenantRoles
{
    public const string TenantAdmin = "tenant-admin";
    public const string Clerk = "clerk";
    public const string Leader = "leader";
    public const string Head = "head";
    public const string Specialist = "specialist";
    public const string Counter = "counter";
    public const string Observer = "observer";

    public static readonly IReadOnlyList<string> All = [TenantAdmin, Leader, Head, Clerk, Specialist, Counter, Observer];

    public static bool IsKnown(string role) => All.Contains(role);
}

public static class PlatformRoles
{
    public const string PlatformAdmin = "platform-admin";
    public const string ProvinceObserver = "province-observer";
}

namespace Saas.Identity.Authorization;

public static class Policies
{
    public const string PlatformAdmin = "platform-admin";

    /// <summary>Signed in, a current tenant is resolved, and the user is a member of it.</summary>
    public const string TenantMember = "tenant-member";

    public const string TenantAdmin = "tenant-admin";
}

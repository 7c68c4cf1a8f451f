namespace Saas.OneStop;

/// <summary>The officer acting on applications, with their roles in the current tenant (supplied by the host).</summary>
public interface IOneStopUser
{
    string Id { get; }

    string Name { get; }

    bool HasRole(params string[] roles);
}

/// <summary>Tenant roles the one-stop shop uses (Keycloak groups /tenants/&lt;tenant&gt;/&lt;role&gt;).</summary>
public static class OneStopRoles
{
    public const string Counter = "counter";
    public const string Specialist = "specialist";
    public const string Head = "head";
    public const string Leader = "leader";
    public const string TenantAdmin = "tenant-admin";

    /// <summary>Everyone who may work on an application once it is received.</summary>
    public static readonly string[] Processing = [Counter, Specialist, Head, Leader];
}

/// <summary>The citizen acting through the public pages: no account, identified by the second factor only.</summary>
public sealed class CitizenUser : IOneStopUser
{
    public string Id => "citizen";

    public string Name => "Công dân";

    public bool HasRole(params string[] roles) => false;
}

namespace Saas.Platform.MultiTenancy;

/// <summary>
/// The tenant the current unit of work (request or job) acts for. Vocabulary follows ABP's ICurrentTenant.
/// </summary>
public interface ICurrentTenant
{
    TenantInfo? Tenant { get; }

    Guid? Id => Tenant?.Id;

    bool IsAvailable => Tenant is not null;

    /// <summary>True inside an explicitly opened platform scope (cross-tenant work such as onboarding or roll-ups).</summary>
    bool IsPlatformScope { get; }

    /// <summary>
    /// The database this unit of work uses: the tenant's placement, or the placed database a platform scope was opened
    /// on (<see cref="ITenantScopeFactory.CreatePlatformScope(string?)"/>); null is the shared database.
    /// </summary>
    string? Placement => Tenant?.DatabaseConnectionString;
}

/// <summary>
/// Only the tenant resolution middleware (Saas.Tenancy, through InternalsVisibleTo) and <see cref="TenantScopeFactory"/>
/// set the tenant. Internal rather than public: a module that could set a tenant could leave its own or enter the
/// platform scope unseen, which is why every background caller goes through <see cref="ITenantScopeFactory"/>. A
/// public "resolution sink" interface would only rename that loophole, so the one outside caller gets the internals.
/// </summary>
internal interface ICurrentTenantSetter
{
    void SetTenant(TenantInfo tenant);

    void EnterPlatformScope(string? placement);
}

internal sealed class CurrentTenant : ICurrentTenant, ICurrentTenantSetter
{
    private string? _platformPlacement;

    public TenantInfo? Tenant { get; private set; }

    public bool IsPlatformScope { get; private set; }

    public string? Placement => IsPlatformScope ? _platformPlacement : Tenant?.DatabaseConnectionString;

    public void SetTenant(TenantInfo tenant)
    {
        if (IsPlatformScope)
        {
            throw new InvalidOperationException("A platform scope has no tenant; open a tenant scope for one tenant's work.");
        }
        if (Tenant is not null && Tenant.Id != tenant.Id)
        {
            throw new InvalidOperationException("The tenant of a unit of work cannot change once set.");
        }
        Tenant = tenant;
    }

    public void EnterPlatformScope(string? placement)
    {
        if (Tenant is not null)
        {
            throw new InvalidOperationException("A tenant's unit of work cannot enter the platform scope.");
        }
        IsPlatformScope = true;
        _platformPlacement = placement;
    }
}

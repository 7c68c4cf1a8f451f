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
/// Sets the tenant or enters the platform scope: <see cref="TenantScopeFactory"/> alone. Internal: a module that could
/// set a tenant could leave its own or enter the platform scope unseen, which is why every background caller goes
/// through <see cref="ITenantScopeFactory"/>.
/// </summary>
internal interface ICurrentTenantSetter
{
    void SetTenant(TenantInfo tenant);

    void EnterPlatformScope(string? placement);
}

/// <summary>
/// How the tenant resolution middleware (Saas.Tenancy) names the tenant of a request. Chosen over <c>InternalsVisibleTo</c>
/// (no module opens its internals to another) and kept narrow: it names the tenant of a unit of work that has none — it
/// cannot change a tenant once named, enter or leave the platform scope, or bind a database. Only Saas.Tenancy may
/// depend on it (an architecture test says so).
/// </summary>
public interface ITenantResolutionSink
{
    void Resolved(TenantInfo tenant);
}

internal sealed class CurrentTenant : ICurrentTenant, ICurrentTenantSetter, ITenantResolutionSink
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

    public void Resolved(TenantInfo tenant) => SetTenant(tenant);

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

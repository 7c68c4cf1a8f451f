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
}

/// <summary>Only the resolution middleware and scope factories set the tenant.</summary>
public interface ICurrentTenantSetter
{
    void SetTenant(TenantInfo tenant);

    void EnterPlatformScope();
}

internal sealed class CurrentTenant : ICurrentTenant, ICurrentTenantSetter
{
    public TenantInfo? Tenant { get; private set; }

    public bool IsPlatformScope { get; private set; }

    public void SetTenant(TenantInfo tenant)
    {
        if (Tenant is not null && Tenant.Id != tenant.Id)
        {
            throw new InvalidOperationException("The tenant of a unit of work cannot change once set.");
        }
        Tenant = tenant;
    }

    public void EnterPlatformScope() => IsPlatformScope = true;
}

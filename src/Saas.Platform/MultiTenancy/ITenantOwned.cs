namespace Saas.Platform.MultiTenancy;

/// <summary>Marks an entity whose rows belong to one tenant; <c>tenant_id</c> leads its primary key.</summary>
public interface ITenantOwned
{
    Guid TenantId { get; set; }
}

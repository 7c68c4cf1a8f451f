using Saas.Platform.MultiTenancy;

namespace Saas.Tenancy.Catalog;

/// <summary>Read side of the tenant catalog, cached (in-process and Redis) for the resolution hot path.</summary>
public interface ITenantCatalog : ITenantDirectory
{
    new Task<TenantInfo?> FindBySlugAsync(string slug, CancellationToken ct = default);

    Task<TenantInfo?> FindByHostAsync(string host, CancellationToken ct = default);

    new Task<TenantInfo?> FindByIdAsync(Guid id, CancellationToken ct = default);

    /// <summary>Full entries for admin screens; not cached.</summary>
    Task<IReadOnlyList<Tenant>> ListAsync(CancellationToken ct = default);

    Task<Tenant?> GetAsync(string slug, CancellationToken ct = default);
}

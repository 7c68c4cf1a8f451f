namespace Saas.Platform.MultiTenancy;

/// <summary>
/// Read-only lookup of other tenants for modules (e.g. addressing a document to another agency on the
/// platform) without depending on the tenancy module's catalog.
/// </summary>
public interface ITenantDirectory
{
    Task<TenantInfo?> FindBySlugAsync(string slug, CancellationToken ct = default);

    Task<TenantInfo?> FindByIdAsync(Guid id, CancellationToken ct = default);

    /// <summary>Active tenants that can receive documents, for recipient pickers.</summary>
    Task<IReadOnlyList<TenantInfo>> ActiveAsync(CancellationToken ct = default);
}

using Saas.Platform.MultiTenancy;
using Saas.Tenancy.Catalog;

namespace Saas.Tenancy.Apply;

/// <summary>A parsed and validated <c>tenants/&lt;province&gt;</c> folder.</summary>
public sealed record TenantManifest(
    string ProvinceCode,
    string ProvinceName,
    IReadOnlyList<TenantManifestEntry> Tenants,
    TenantDefaults Defaults);

public sealed record TenantManifestEntry(TenantDraft Draft, string File, int Line);

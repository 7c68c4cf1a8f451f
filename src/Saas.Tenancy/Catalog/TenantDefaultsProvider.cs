using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Saas.Platform.MultiTenancy;
using Saas.Tenancy.Apply;

namespace Saas.Tenancy.Catalog;

/// <summary>Level defaults for tenants onboarded from the UI, read from the configured province folder.</summary>
public sealed class TenantDefaultsProvider(IOptions<TenancyOptions> options, ILogger<TenantDefaultsProvider> logger)
{
    private readonly Lazy<TenantDefaults?> _defaults = new(() =>
    {
        var folder = options.Value.ManifestFolder;
        if (string.IsNullOrWhiteSpace(folder))
        {
            return null;
        }
        var (manifest, errors) = TenantManifestLoader.Load(folder);
        if (manifest is null)
        {
            logger.LogWarning("Tenant folder {Folder} is invalid: {Errors}", folder, string.Join("; ", errors));
        }
        return manifest?.Defaults;
    });

    public TenantDefaults? Current => _defaults.Value;
}

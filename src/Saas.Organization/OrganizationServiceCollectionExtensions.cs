using Microsoft.Extensions.DependencyInjection;
using Saas.Organization.Units;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;

namespace Saas.Organization;

public static class OrganizationServiceCollectionExtensions
{
    /// <summary>Units of each tenant and their members; other modules ask <see cref="IUnitDirectory"/>.</summary>
    public static IServiceCollection AddSaasOrganization(this IServiceCollection services)
    {
        services.AddScoped<UnitDirectory>();
        services.AddScoped<IUnitDirectory>(sp => sp.GetRequiredService<UnitDirectory>());
        services.AddScoped<Saas.Platform.Organization.IUnitNames>(sp => sp.GetRequiredService<UnitDirectory>());
        services.AddScoped<ITenantDefaultsApplier, UnitDefaultsApplier>();
        services.AddSingleton(new MigrationSource("organization", typeof(OrganizationServiceCollectionExtensions).Assembly, 15));
        return services;
    }
}

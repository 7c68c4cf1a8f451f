using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Saas.Platform.Data;
using Saas.Tenancy.Apply;
using Saas.Tenancy.Catalog;
using Saas.Tenancy.Resolution;

namespace Saas.Tenancy;

public static class TenancyServiceCollectionExtensions
{
    public static IServiceCollection AddSaasTenancy(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<TenancyOptions>(configuration.GetSection(TenancyOptions.Section));
        services.PostConfigure<TenancyOptions>(o =>
        {
            if (o.ResolutionOrder.Count == 0)
            {
                o.ResolutionOrder = [.. TenancyOptions.DefaultResolutionOrder];
            }
        });
        var connectionString = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.ConnectionString ?? "";
        services.AddPooledDbContextFactory<TenantCatalogDbContext>(o => o.UseNpgsql(connectionString).UseSnakeCaseNamingConvention());
        services.AddMemoryCache();
        services.AddSingleton<TenantCache>();
        services.AddHostedService(sp => sp.GetRequiredService<TenantCache>());
        services.AddSingleton<ITenantCatalog, TenantCatalog>();
        services.AddSingleton<Saas.Platform.MultiTenancy.ITenantDirectory>(sp => sp.GetRequiredService<ITenantCatalog>());
        services.AddSingleton<TenantDefaultsProvider>();
        services.AddSingleton<TenantCatalogAdmin>();
        services.AddSingleton<TenantApplier>();
        services.AddSingleton<ITenantResolutionStrategy, RoutePrefixStrategy>();
        services.AddSingleton<ITenantResolutionStrategy, HeaderStrategy>();
        services.AddSingleton<ITenantResolutionStrategy, HostStrategy>();
        services.AddSingleton<ITenantResolutionStrategy, ClaimStrategy>();
        services.AddSingleton(new MigrationSource("tenancy", typeof(TenancyServiceCollectionExtensions).Assembly, 10));
        return services;
    }

    /// <summary>Must run before authentication: see <see cref="RoutePrefixStrategy"/>.</summary>
    public static IApplicationBuilder UseTenantRoutePrefix(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            RoutePrefixStrategy.Rewrite(context);
            return next(context);
        });

    public static IApplicationBuilder UseTenantResolution(this IApplicationBuilder app) =>
        app.UseMiddleware<TenantResolutionMiddleware>();
}

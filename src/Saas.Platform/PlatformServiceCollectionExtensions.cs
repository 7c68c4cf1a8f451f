using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Saas.Platform.Auditing;
using Saas.Platform.Caching;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;

namespace Saas.Platform;

public static class PlatformServiceCollectionExtensions
{
    public static IServiceCollection AddSaasPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<NpgsqlDataSourceRegistry>();
        services.Configure<RedisOptions>(configuration.GetSection(RedisOptions.Section));
        services.AddSingleton<RedisConnection>();
        services.AddScoped<CurrentTenant>();
        services.AddScoped<ICurrentTenant>(sp => sp.GetRequiredService<CurrentTenant>());
        services.AddScoped<ICurrentTenantSetter>(sp => sp.GetRequiredService<CurrentTenant>());
        services.AddSingleton<ITenantScopeFactory, TenantScopeFactory>();
        services.AddScoped<TenantDataSession>();
        services.AddScoped<Concurrency.RowVersions>();
        services.AddScoped(typeof(TenantDbContextFactory<>));
        services.TryAddScoped<IAuditActor, SystemAuditActor>();
        services.AddScoped<IAuditTrail, AuditTrail>();
        services.AddScoped<IAccessHistory, AccessHistory>();
        services.AddScoped<AuditChainVerifier>();
        services.AddSingleton<SchemaMigrator>();
        services.AddSingleton(new MigrationSource("platform", typeof(PlatformServiceCollectionExtensions).Assembly, 0));
        return services;
    }
}

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
        // Options are checked when the host starts: a missing connection string fails there, with the setting's name,
        // rather than on the first request.
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<NpgsqlDataSourceRegistry>();
        services.AddOptions<RedisOptions>().Bind(configuration.GetSection(RedisOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
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

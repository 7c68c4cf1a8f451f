using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Saas.Identity.Keycloak;
using Saas.Identity.Memberships;
using Saas.Identity.Staff;
using Saas.Platform.Auditing;
using Saas.Tenancy.Catalog;

namespace Saas.Identity;

public static class IdentityServiceCollectionExtensions
{
    public static IServiceCollection AddSaasIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddKeycloakAuthentication(configuration);
        services.AddHttpContextAccessor();
        services.AddScoped<IAuditActor, HttpAuditActor>();
        services.AddSingleton<KeycloakTokenStore>();
        services.AddHttpClient<KeycloakAdminClient>()
            .AddStandardResilienceHandler(o =>
            {
                // A page waits for the staff list: a few short retries of reads, never a second grant or group creation.
                o.Retry.MaxRetryAttempts = 2;
                o.Retry.Delay = TimeSpan.FromMilliseconds(200);
                o.Retry.DisableForUnsafeHttpMethods();
                o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(5);
                o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(15);
                o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(10);
            });
        services.AddScoped<TenantStaffDirectory>();
        services.AddScoped<Saas.Platform.Organization.ITenantStaff, CurrentTenantStaff>();
        services.AddSingleton<ITenantLifecycleHandler, TenantGroupsProvisioner>();
        return services;
    }
}

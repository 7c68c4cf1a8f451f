using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
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
        services.AddHttpClient<KeycloakAdminClient>(c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<KeycloakAdminClient>(sp =>
            ActivatorUtilities.CreateInstance<KeycloakAdminClient>(sp,
                sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(KeycloakAdminClient))));
        services.AddScoped<TenantStaffDirectory>();
        services.AddScoped<Saas.Platform.Organization.ITenantStaff, CurrentTenantStaff>();
        services.AddSingleton<ITenantLifecycleHandler, TenantGroupsProvisioner>();
        return services;
    }
}

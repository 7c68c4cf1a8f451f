using Saas.Tenancy.Web.Apis;

namespace Saas.Tenancy.Web;

/// <summary>The tenancy module's web layer: /api/v1/me, /api/v1/tenant, /api/v1/platform/tenants and the /platform/tenants pages.</summary>
public static class TenancyWebExtensions
{
    /// <summary>Nothing to register beyond the module itself today; here so the host composes every web layer the same way.</summary>
    public static IServiceCollection AddTenancyWeb(this IServiceCollection services, IConfiguration config) => services;

    public static RouteGroupBuilder MapTenancyApi(this RouteGroupBuilder api) => api.MapMeApi().MapPlatformTenantsApi();
}

using Saas.Organization.Web.Apis;

namespace Saas.Organization.Web;

/// <summary>The organisation module's web layer: /api/v1/staff, /api/v1/units and the /admin/staff, /admin/units pages.</summary>
public static class OrganizationWebExtensions
{
    public static IServiceCollection AddOrganizationWeb(this IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<Saas.Web.Organization.UnitStaff>();
        return services;
    }

    public static RouteGroupBuilder MapOrganizationApi(this RouteGroupBuilder api) => api.MapStaffApi().MapUnitsApi();
}

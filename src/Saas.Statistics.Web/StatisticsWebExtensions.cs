using Saas.Statistics.Web.Apis;

namespace Saas.Statistics.Web;

/// <summary>The statistics module's web layer, as the host composes it: its services and its API groups.</summary>
public static class StatisticsWebExtensions
{
    public static IServiceCollection AddStatisticsWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSaasStatistics(configuration);
        services.AddScoped<AccessRanking>();
        return services;
    }

    public static RouteGroupBuilder MapStatisticsApi(this RouteGroupBuilder api) => api
        .MapStatisticsTenantApi()
        .MapAccessStatisticsApi()
        .MapProvinceStatisticsApi()
        .MapStatisticsAdminApi();
}

using Saas.OneStop;

namespace Saas.Host.OneStop;

public static class OneStopHostServiceCollectionExtensions
{
    /// <summary>The one-stop module and its host adapters (officer identity, paper staging, printable forms, tracking book).</summary>
    public static IServiceCollection AddSaasOneStopHost(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton<Saas.OneStop.Notifications.INotificationSender, CitizenSender>(); // before the module's logging default
        services.AddSaasOneStop(config);
        services.AddScoped<IOneStopUser, HttpOneStopUser>();
        services.AddScoped<PaperStaging>();
        services.Configure<PublicLimitOptions>(config.GetSection("OneStop:PublicLimits"));
        services.AddSingleton<PublicRateLimiter>();
        services.AddScoped<ApplicationIntake>();
        services.AddScoped<OneStopForms>();
        services.AddScoped<TrackingBook>();
        return services;
    }

    public static RouteGroupBuilder MapOneStop(this RouteGroupBuilder api) =>
        api.MapOneStopEndpoints().MapPublicOneStopEndpoints().MapOneStopCalendarEndpoints();
}

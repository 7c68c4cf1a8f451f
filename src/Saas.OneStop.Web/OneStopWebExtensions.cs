using Saas.Identity.Authorization;
using Saas.OneStop.Web.Apis;
using Saas.OneStop.Web.Forms;
using Saas.OneStop.Web.Intake;
using Saas.OneStop.Web.Notifications;
using Saas.OneStop.Web.RateLimiting;

namespace Saas.OneStop.Web;

/// <summary>The one-stop shop's web layer in the host: the module, the officer's identity, intake, forms, public limits, API.</summary>
public static class OneStopWebExtensions
{
    /// <summary>
    /// Needs an <see cref="IUploadStaging"/> from the host (the platform's file staging) and the rate-limiting
    /// middleware in the pipeline (<c>app.UseRateLimiter()</c> after routing).
    /// </summary>
    public static IServiceCollection AddOneStopWeb(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton<Saas.OneStop.Notifications.INotificationSender, CitizenSender>(); // before the module's logging default
        services.AddSaasOneStop(config);
        services.AddScoped<IOneStopUser, HttpOneStopUser>();
        services.AddScoped<PaperStaging>();
        services.AddScoped<ApplicationIntake>();
        services.AddScoped<OneStopForms>();
        services.AddScoped<TrackingBook>();
        services.AddPublicRateLimits(config);
        return services;
    }

    /// <summary>/api/v1/onestop/… for the officers, /api/v1/public/onestop/… for citizens, /api/v1/platform/onestop/calendar.</summary>
    public static RouteGroupBuilder MapOneStopApi(this RouteGroupBuilder api)
    {
        api.MapGroup("/onestop").RequireAuthorization(Policies.TenantMember).WithTags("One-stop shop")
            .WithRowVersion("procedure", "code").WithRowVersion("application", "id")
            .MapProceduresApi().MapApplicationsApi().MapApplicationFormsApi().MapTenantCalendarApi();
        return api.MapPublicOneStopApi().MapPlatformCalendarApi();
    }
}

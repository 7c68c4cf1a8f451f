using Saas.WorkFiles.Notifications;
using Saas.WorkFiles.Web.Apis;

namespace Saas.WorkFiles.Web;

/// <summary>The work-files module in the host: its services, its web layer and its API under /api/v1.</summary>
public static class WorkFilesWebExtensions
{
    /// <summary>The module (<see cref="WorkFilesServiceCollectionExtensions.AddSaasWorkFiles"/>), the export of a closed file and the e-mail copy of notifications.</summary>
    public static IServiceCollection AddWorkFilesWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSaasWorkFiles(configuration);
        // Replaces the module's fallback (no mail): the last registration is the one resolved. Sends only when Smtp:Host is set.
        services.AddSingleton<INotificationMailer, SmtpNotificationMailer>();
        services.AddScoped<WorkFileExport>();
        return services;
    }

    /// <summary>/file-plans, /work-files, /tasks and /notifications.</summary>
    public static RouteGroupBuilder MapWorkFilesApi(this RouteGroupBuilder api)
    {
        api.MapFilePlans();
        api.MapWorkFiles();
        api.MapTasks();
        api.MapNotifications();
        return api;
    }
}

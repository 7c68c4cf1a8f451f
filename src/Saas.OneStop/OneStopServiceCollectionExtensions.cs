using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Saas.OneStop.Applications;
using Saas.OneStop.Calendar;
using Saas.OneStop.Catalogue;
using Saas.OneStop.Delivery;
using Saas.OneStop.Notifications;
using Saas.OneStop.Processing;
using Saas.OneStop.Public;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;

namespace Saas.OneStop;

public static class OneStopServiceCollectionExtensions
{
    /// <summary>The one-stop module. The host supplies <see cref="IOneStopUser"/>; an <see cref="INotificationSender"/> registered before this call replaces the logging one.</summary>
    public static IServiceCollection AddSaasOneStop(this IServiceCollection services, IConfiguration config)
    {
        _ = config;
        services.AddScoped<ITenantDefaultsApplier, OneStopDefaultsApplier>();
        services.AddScoped<Saas.Platform.Statistics.IIndicatorFactSource, Statistics.OneStopFactSource>();
        services.AddScoped<CalendarService>();
        services.AddScoped<CatalogueService>();
        services.AddScoped<DeadlineService>();
        services.AddScoped<ApplicationCodeAllocator>();
        services.AddScoped<ReceptionService>();
        services.AddScoped<ProcessingService>();
        services.AddScoped<InboundService>();
        services.AddScoped<ApplicationQueries>();
        services.AddScoped<CitizenNotifier>();
        services.AddScoped<PublicLookupService>();
        services.AddScoped<Saas.Platform.Messaging.Outbox<OneStopDbContext>>();
        services.TryAddSingleton<INotificationSender, LoggingNotificationSender>();
        services.AddSingleton<Saas.Platform.Messaging.OutboxSignal<OneStopDbContext>>();
        services.AddSingleton<OneStopOutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OneStopOutboxDispatcher>());
        services.AddTransient<Saas.Platform.Demo.IDemoSeeder, Demo.OneStopDemoSeeder>();
        services.AddSingleton(new MigrationSource("onestop", typeof(OneStopServiceCollectionExtensions).Assembly, 40));
        services.AddSingleton(new Saas.Platform.Concurrency.VersionedTable("application", "onestop.applications", "id", "uuid"));
        services.AddSingleton(new Saas.Platform.Concurrency.VersionedTable("procedure", "onestop.procedures", "code", "text"));
        return services;
    }
}

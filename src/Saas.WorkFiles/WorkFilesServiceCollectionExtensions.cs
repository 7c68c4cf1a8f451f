using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;
using Saas.Platform.Data;
using Saas.WorkFiles.FilePlans;
using Saas.WorkFiles.Files;
using Saas.WorkFiles.Notifications;
using Saas.WorkFiles.Reminders;
using Saas.WorkFiles.Tasks;

namespace Saas.WorkFiles;

public static class WorkFilesServiceCollectionExtensions
{
    public static IServiceCollection AddSaasWorkFiles(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReminderOptions>(configuration.GetSection(ReminderOptions.Section));
        services.AddScoped<FilePlanService>();
        services.AddScoped<WorkFileService>();
        services.AddScoped<FileDocumentSource>();
        services.AddScoped<TaskService>();
        services.AddScoped<NotificationService>();
        services.TryAddSingleton<INotificationMailer, NoMailer>();
        services.AddSingleton<DeadlineReminderService>();
        services.AddScoped<Saas.Platform.Statistics.IIndicatorFactSource, Statistics.WorkFileFactSource>();
        services.AddTransient<Saas.Platform.Demo.IDemoSeeder, Demo.WorkFilesDemoSeeder>();
        services.AddSingleton(new MigrationSource("workfiles", typeof(WorkFilesServiceCollectionExtensions).Assembly, 30));
        services.AddSingleton(new Saas.Platform.Concurrency.VersionedTable("workfile", "workfiles.work_files", "id", "uuid"));
        return services;
    }

    /// <summary>The reminder job for the clustered scheduler (every node declares it identically).</summary>
    public static void AddWorkFilesJobs(this IQuartzBuilder q, IConfiguration configuration)
    {
        var minutes = configuration.GetSection(ReminderOptions.Section).Get<ReminderOptions>()?.IntervalMinutes ?? 15;
        q.AddJob<DeadlineReminderJob>(j => j.WithIdentity(DeadlineReminderJob.Key).StoreDurably());
        q.AddTrigger(t => t.ForJob(DeadlineReminderJob.Key).WithIdentity("deadline-reminders-trigger", "workfiles").StartNow()
            .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(minutes)).RepeatForever()));
    }
}

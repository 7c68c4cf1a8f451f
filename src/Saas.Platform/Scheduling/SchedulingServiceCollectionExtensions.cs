using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Saas.Platform.Data;

namespace Saas.Platform.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    public const string SchedulerName = "saas";

    /// <summary>
    /// Quartz.NET on the PostgreSQL job store, clustered: every node carries identical job definitions and the
    /// store's row locks make each firing run on one node only. A node with <c>Scheduling:Enabled=false</c> runs no
    /// job, but still has the (never started) scheduler to store one-off jobs, such as a requested statistics export,
    /// that the nodes running the scheduler pick up — even those started after the request.
    /// </summary>
    public static IServiceCollection AddSaasScheduling(
        this IServiceCollection services, IConfiguration configuration, Action<IQuartzBuilder>? jobs = null)
    {
        var options = configuration.GetSection(SchedulingOptions.Section).Get<SchedulingOptions>() ?? new SchedulingOptions();
        services.AddOptions<SchedulingOptions>().Bind(configuration.GetSection(SchedulingOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        var connectionString = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.ConnectionString ?? "";
        if (options.Enabled)
        {
            services.AddSingleton<JobRunRecorder>();
            services.AddSingleton<AbandonedJobRuns>();
        }
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = SchedulerName;
                o.InstanceId = SchedulerInstanceId.Resolve(options.InstanceId);
            });
            q.UsePersistentStore(store => QuartzStore.Configure(store, connectionString, options, provision: false));
            if (!options.Enabled)
            {
                return; // declares no schedule: the recurring triggers in the store stay as the running nodes declared them
            }
            q.AddJobListener<JobRunRecorder>(sp => sp.GetRequiredService<JobRunRecorder>());
            q.AddJob<PlatformHeartbeatJob>(j => j.WithIdentity(PlatformHeartbeatJob.Key).StoreDurably());
            q.AddTrigger(t => t
                .ForJob(PlatformHeartbeatJob.Key)
                .WithIdentity("platform-heartbeat-trigger", "platform")
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(options.HeartbeatSeconds)).RepeatForever()));
            jobs?.Invoke(q);
        });
        if (options.Enabled)
        {
            services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        }
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Saas.Platform.Scheduling;

/// <summary>
/// Part of <c>migrate</c>: lets Quartz create its own tables as the owner role (the serving nodes'
/// application role may not create tables). A throwaway scheduler under its own name is started and
/// stopped at once; it has no jobs and never joins the serving cluster.
/// </summary>
public static class QuartzSchemaProvisioner
{
    public static async Task ProvisionAsync(string ownerConnectionString, ILoggerFactory loggerFactory, CancellationToken ct = default)
    {
        var services = new ServiceCollection();
        services.AddSingleton(loggerFactory);
        services.AddLogging();
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = "saas-schema-provisioner";
                o.InstanceId = "provisioner";
            });
            q.UsePersistentStore(store => QuartzStore.Configure(store, ownerConnectionString, new SchedulingOptions(), provision: true));
        });
        await using var provider = services.BuildServiceProvider();
        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler(ct);
        await scheduler.Start(ct);
        await scheduler.Shutdown(false, ct);
    }
}

using Quartz;

namespace Saas.Platform.Scheduling;

internal static class QuartzStore
{
    public const string TablePrefix = "quartz.qrtz_";

    public static void Configure(IPersistentStoreBuilder store, string connectionString, SchedulingOptions options, bool provision)
    {
        store.UsePostgres(connectionString);
        store.ConfigureStore(o =>
        {
            o.TablePrefix = TablePrefix;
            if (provision)
            {
                o.SchemaProvisioning = SchemaProvisioning.CreateIfMissing;
            }
        });
        store.UseClustering(c =>
        {
            c.CheckinInterval = TimeSpan.FromSeconds(options.CheckinIntervalSeconds);
            c.CheckinMisfireThreshold = TimeSpan.FromSeconds(options.CheckinIntervalSeconds * 3);
        });
        store.UseSystemTextJsonSerializer();
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Saas.Platform.Data;
using Saas.Statistics.Access;
using Saas.Statistics.Dashboards;
using Saas.Statistics.Jobs;
using Saas.Statistics.Reports;
using Saas.Statistics.Rollup;
using Saas.Statistics.Units;

namespace Saas.Statistics;

public static class StatisticsServiceCollectionExtensions
{
    public static IServiceCollection AddSaasStatistics(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StatisticsOptions>(configuration.GetSection(StatisticsOptions.Section));
        services.AddSingleton<StatisticsDb>();
        services.AddSingleton<UnitDirectory>();
        services.AddSingleton<SourceRunner>();
        services.AddSingleton<FactWriter>();
        services.AddSingleton<RollupRunStore>();
        services.AddSingleton<RollupService>();
        services.AddSingleton<FactReader>();
        services.AddSingleton<DashboardCache>();
        services.AddSingleton<DashboardService>();
        services.AddSingleton<GoalSettings>();
        services.AddSingleton<ObserverGrants>();
        services.AddSingleton<StatisticsWorkbook>();
        services.AddSingleton<MonthlyReportService>();
        services.AddSingleton<StatisticsExports>();
        services.AddTransient<StatisticsExportJob>();
        services.AddSingleton(new MigrationSource("statistics", typeof(StatisticsServiceCollectionExtensions).Assembly, 60));
        return services;
    }

    /// <summary>The statistics jobs for the clustered scheduler (every node declares them identically).</summary>
    public static void AddStatisticsJobs(this IQuartzBuilder q, IConfiguration configuration)
    {
        var options = configuration.GetSection(StatisticsOptions.Section).Get<StatisticsOptions>() ?? new StatisticsOptions();
        var vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        q.AddJob<StatisticsIncrementalJob>(j => j.WithIdentity(StatisticsIncrementalJob.Key).StoreDurably());
        q.AddTrigger(t => t.ForJob(StatisticsIncrementalJob.Key).WithIdentity("statistics-incremental-trigger", "statistics")
            .StartNow()
            .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(Math.Max(1, options.IncrementalSeconds))).RepeatForever()));
        q.AddJob<StatisticsNightlyJob>(j => j.WithIdentity(StatisticsNightlyJob.Key).StoreDurably());
        q.AddTrigger(t => t.ForJob(StatisticsNightlyJob.Key).WithIdentity("statistics-nightly-trigger", "statistics")
            .WithCronSchedule(options.NightlyCron, c => c.InTimeZone(vietnam)));
        q.AddJob<StatisticsMonthlyJob>(j => j.WithIdentity(StatisticsMonthlyJob.Key).StoreDurably());
        q.AddTrigger(t => t.ForJob(StatisticsMonthlyJob.Key).WithIdentity("statistics-monthly-trigger", "statistics")
            .WithCronSchedule(options.MonthlyCron, c => c.InTimeZone(vietnam)));
    }
}

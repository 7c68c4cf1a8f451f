using Quartz;
using Saas.Statistics.Reports;
using Saas.Statistics.Rollup;

namespace Saas.Statistics.Jobs;

/// <summary>Every few minutes: facts of the days touched by rows changed since the last run.</summary>
[DisallowConcurrentExecution]
public sealed class StatisticsIncrementalJob(RollupService rollup) : IJob
{
    public static readonly JobKey Key = new("statistics-incremental", "statistics");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await rollup.RunIncrementalAsync(cancellationToken);
}

/// <summary>Nightly: recompute the recent days of every tenant (also brings today's backlog levels up to date).</summary>
[DisallowConcurrentExecution]
public sealed class StatisticsNightlyJob(RollupService rollup) : IJob
{
    public static readonly JobKey Key = new("statistics-nightly", "statistics");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await rollup.RunRangeAsync(RollupKinds.Recent, cancellationToken);
}

/// <summary>Monthly: freeze last month's figures and generate the province's monthly report from them.</summary>
[DisallowConcurrentExecution]
public sealed class StatisticsMonthlyJob(MonthlyReportService reports, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("statistics-monthly", "statistics");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var today = Saas.Platform.Statistics.StatisticsDays.Today(clock);
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        await reports.FreezeAndGenerateAsync(lastMonth, cancellationToken);
    }
}

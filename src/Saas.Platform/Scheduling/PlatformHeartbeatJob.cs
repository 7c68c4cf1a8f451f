using Microsoft.Extensions.Options;
using Quartz;

namespace Saas.Platform.Scheduling;

/// <summary>
/// A cheap, clustered job whose runs (recorded by <see cref="JobRunRecorder"/>) show that every node
/// shares one schedule and each firing runs on exactly one node. It also closes the runs of dead nodes, because it
/// is the one job that fires on some live node soon after the cluster recovers a dead one.
/// </summary>
[DisallowConcurrentExecution]
public sealed class PlatformHeartbeatJob(AbandonedJobRuns abandoned, IOptions<SchedulingOptions> options) : IJob
{
    public static readonly JobKey Key = new("platform-heartbeat", "platform");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await abandoned.TryMarkAsync(cancellationToken);
        if (options.Value.HeartbeatHoldSeconds > 0)
        {
            await Task.Delay(TimeSpan.FromSeconds(options.Value.HeartbeatHoldSeconds), cancellationToken);
        }
    }
}

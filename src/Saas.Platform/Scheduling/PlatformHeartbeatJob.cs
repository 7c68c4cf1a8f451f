using Quartz;

namespace Saas.Platform.Scheduling;

/// <summary>
/// A cheap, clustered job whose runs (recorded by <see cref="JobRunRecorder"/>) show that every node
/// shares one schedule and each firing runs on exactly one node.
/// </summary>
[DisallowConcurrentExecution]
public sealed class PlatformHeartbeatJob : IJob
{
    public static readonly JobKey Key = new("platform-heartbeat", "platform");

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}

using Quartz;

namespace Saas.WorkFiles.Reminders;

/// <summary>The clustered job around <see cref="DeadlineReminderService"/>; one node runs each firing.</summary>
[DisallowConcurrentExecution]
public sealed class DeadlineReminderJob(DeadlineReminderService reminders) : IJob
{
    public static readonly JobKey Key = new("deadline-reminders", "workfiles");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await reminders.RunAsync(cancellationToken);
}

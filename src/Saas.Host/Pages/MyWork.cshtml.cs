using Microsoft.AspNetCore.Mvc.RazorPages;
using Saas.Host.WorkFiles;
using Saas.WorkFiles.Notifications;

namespace Saas.Host.Pages;

/// <summary>Việc cần xử lý: documents, tasks and files waiting for the user, nearest deadline first, overdue marked; plus notifications.</summary>
public sealed class MyWorkModel(MyWorkAggregator work, NotificationService notifications) : PageModel
{
    public IReadOnlyList<MyWorkAggregator.Item> Items { get; private set; } = [];

    public IReadOnlyList<Notification> Notifications { get; private set; } = [];

    public IReadOnlyList<MyWorkAggregator.Item>? Agency { get; private set; }

    /// <summary>The backlog of the units the user heads; null when they head none.</summary>
    public IReadOnlyList<MyWorkAggregator.Item>? Unit { get; private set; }

    public async Task OnGetAsync(bool? agency, CancellationToken ct)
    {
        Items = await work.MineAsync(ct);
        Notifications = await notifications.MineAsync(unreadOnly: true, ct);
        Unit = await work.UnitBacklogAsync(ct);
        if (agency == true)
        {
            Agency = await work.AgencyBacklogAsync(ct);
        }
    }
}

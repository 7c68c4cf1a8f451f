using Microsoft.EntityFrameworkCore;
using Saas.Platform.Data;

namespace Saas.WorkFiles.Notifications;

/// <summary>The current user's in-app notifications.</summary>
public sealed class NotificationService(TenantDbContextFactory<WorkFilesDbContext> contexts, IWorkFilesUser user, TimeProvider clock)
{
    public async Task<IReadOnlyList<Notification>> MineAsync(bool unreadOnly, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var q = db.Notifications.AsNoTracking().Where(n => n.UserId == user.Id);
        if (unreadOnly)
        {
            q = q.Where(n => n.ReadAt == null);
        }
        return await q.OrderByDescending(n => n.CreatedAt).Take(100).ToListAsync(ct);
    }

    public async Task<bool> MarkReadAsync(Guid id, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var n = await db.Notifications.FirstOrDefaultAsync(x => x.Id == id && x.UserId == user.Id, ct);
        if (n is null)
        {
            return false;
        }
        n.ReadAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return true;
    }
}

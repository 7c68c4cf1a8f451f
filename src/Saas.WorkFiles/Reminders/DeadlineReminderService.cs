using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Saas.Documents;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;
using Saas.WorkFiles.Files;
using Saas.WorkFiles.Tasks;

namespace Saas.WorkFiles.Reminders;

/// <summary>
/// Reminds handlers of documents and tasks nearing or past their deadline, and creators of files due for deposit.
/// Works in the platform scope over every database; each (item, person, threshold) is inserted once thanks to a
/// unique dedupe key, so reruns and concurrent scheduler nodes never remind twice.
/// </summary>
public sealed class DeadlineReminderService(
    ITenantScopeFactory scopes,
    ITenantDirectory directory,
    IOptions<ReminderOptions> options,
    Notifications.INotificationMailer mailer,
    TimeProvider clock,
    ILogger<DeadlineReminderService> logger)
{
    public sealed record Reminder(Guid TenantId, string UserId, string Kind, string Title, string Link, string DedupeKey);

    /// <returns>The number of reminders created by this run.</returns>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var tenants = await directory.ActiveAsync(ct);
        var created = 0;
        foreach (var placement in tenants.Select(t => t.DatabaseConnectionString).Distinct())
        {
            await using var scope = scopes.CreatePlatformScope(placement);
            var reminders = await CollectAsync(scope.ServiceProvider, ct);
            var session = scope.ServiceProvider.GetRequiredService<TenantDataSession>();
            var inserted = await InsertAsync(session, reminders, ct);
            await session.CommitAsync(ct);
            created += inserted.Count;
            await MailAsync(scope.ServiceProvider, inserted, ct);
        }
        if (created > 0)
        {
            logger.LogInformation("Created {Count} deadline reminders", created);
        }
        return created;
    }

    private async Task<List<Reminder>> CollectAsync(IServiceProvider sp, CancellationToken ct)
    {
        var today = Saas.Calendar.VietnamTime.Today(clock);
        var days = options.Value.DaysBefore.Count > 0 ? options.Value.DaysBefore : ReminderOptions.DefaultDaysBefore;
        var list = new List<Reminder>();
        foreach (var d in await sp.GetRequiredService<IDocumentDirectory>().OpenDeadlinesAsync(ct))
        {
            if (ReminderThresholds.For(d.Deadline, today, days) is { } t)
            {
                list.Add(new Reminder(d.TenantId, d.UserId, "document-deadline", ReminderText.Get("workfiles.reminder.document", d.Title, ReminderThresholds.Describe(t), d.Deadline),
                    $"/documents/incoming/{d.Id}", $"incoming:{d.Id}:{d.UserId}:{t}"));
            }
        }
        await using var db = await sp.GetRequiredService<TenantDbContextFactory<WorkFilesDbContext>>().CreateAsync(ct);
        var tasks = await db.Tasks.AsNoTracking().Include(x => x.Assignees)
            .Where(x => x.Status == WorkTaskStatus.Assigned || x.Status == WorkTaskStatus.InProgress || x.Status == WorkTaskStatus.Returned)
            .ToListAsync(ct);
        foreach (var task in tasks)
        {
            if (ReminderThresholds.For(task.Deadline, today, days) is not { } t)
            {
                continue;
            }
            foreach (var a in task.Assignees)
            {
                list.Add(new Reminder(task.TenantId, a.AssigneeId, "task-deadline", ReminderText.Get("workfiles.reminder.task", task.Title, ReminderThresholds.Describe(t), task.Deadline),
                    $"/tasks/{task.Id}", $"task:{task.Id}:{a.AssigneeId}:{t}"));
            }
        }
        var warnFrom = today.AddDays(options.Value.DepositWarningDays);
        var files = await db.Files.AsNoTracking().Where(f => f.Status == WorkFileStatus.Closed && f.DepositDue != null && f.DepositDue <= warnFrom).ToListAsync(ct);
        foreach (var f in files)
        {
            list.Add(new Reminder(f.TenantId, f.CreatorId, "deposit-due", ReminderText.Get("workfiles.reminder.deposit", f.Code, f.Title, f.DepositDue),
                $"/workfiles/{f.Id}", $"deposit:{f.Id}:{options.Value.DepositWarningDays}"));
        }
        return list;
    }

    /// <summary>E-mail copies after the commit, so a slow mail server never holds the reminders' transaction.</summary>
    private async Task MailAsync(IServiceProvider sp, List<(Reminder Reminder, Guid Id)> inserted, CancellationToken ct)
    {
        if (!mailer.Enabled || inserted.Count == 0)
        {
            return;
        }
        var session = sp.GetRequiredService<TenantDataSession>();
        var conn = await session.GetConnectionAsync(ct);
        foreach (var (r, id) in inserted)
        {
            try
            {
                if (!await mailer.SendAsync(r.UserId, r.Title, ReminderText.Get("workfiles.reminder.mail_body", r.Title, r.Link), ct))
                {
                    continue;
                }
                await using var mark = new NpgsqlCommand("update workfiles.notifications set emailed_at = now() where tenant_id = @t and id = @id", conn, session.Transaction);
                mark.Parameters.AddWithValue("t", r.TenantId);
                mark.Parameters.AddWithValue("id", id);
                await mark.ExecuteNonQueryAsync(ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not e-mail reminder {Key}", r.DedupeKey);
            }
        }
        await session.CommitAsync(ct);
    }

    private async Task<List<(Reminder Reminder, Guid Id)>> InsertAsync(TenantDataSession session, List<Reminder> reminders, CancellationToken ct)
    {
        var created = new List<(Reminder, Guid)>();
        var conn = await session.GetConnectionAsync(ct);
        foreach (var r in reminders)
        {
            await using var cmd = new NpgsqlCommand(
                """
                insert into workfiles.notifications(tenant_id, id, user_id, kind, title, link, dedupe_key, created_at)
                values (@t, @id, @u, @k, @title, @link, @key, @at) on conflict (tenant_id, dedupe_key) do nothing
                """, conn, session.Transaction);
            cmd.Parameters.AddWithValue("t", r.TenantId);
            var id = Guid.CreateVersion7();
            cmd.Parameters.AddWithValue("id", id);
            cmd.Parameters.AddWithValue("u", r.UserId);
            cmd.Parameters.AddWithValue("k", r.Kind);
            cmd.Parameters.AddWithValue("title", r.Title);
            cmd.Parameters.AddWithValue("link", r.Link);
            cmd.Parameters.AddWithValue("key", r.DedupeKey);
            cmd.Parameters.AddWithValue("at", clock.GetUtcNow().UtcDateTime);
            if (await cmd.ExecuteNonQueryAsync(ct) == 1)
            {
                created.Add((r, id));
            }
        }
        return created;
    }
}

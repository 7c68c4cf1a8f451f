using Microsoft.EntityFrameworkCore;
using Saas.Platform.Data;
using Saas.Platform.Paging;
using Saas.Platform.Text;

namespace Saas.OneStop.Applications;

/// <summary>Filters of the application lists: the counter queue, my processing list, the tracking book (form 07).</summary>
public sealed record ApplicationQuery(string? Q = null, short? Status = null, string? View = null, DateOnly? From = null, DateOnly? To = null, int Page = 1, int Size = 50);

public sealed record ApplicationPage(IReadOnlyList<Application> Items, int Page, int Size, bool HasMore);

/// <summary>Read side of the applications; the applicant's contact comes out masked unless the reader handles the application (<see cref="ApplicantContact"/>).</summary>
public sealed class ApplicationQueries(TenantDbContextFactory<OneStopDbContext> contexts, IOneStopUser user, TimeProvider clock)
{
    /// <param name="query">View: queue (new online and received at the counter), mine (steps of my roles), overdue, or all.</param>
    public async Task<ApplicationPage> ListAsync(ApplicationQuery query, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var q = db.Applications.AsNoTracking();
        var now = clock.GetUtcNow();
        switch (query.View)
        {
            case "queue":
                q = q.Where(a => a.Status == ApplicationStatus.New
                    || (a.Status == ApplicationStatus.Received && a.CurrentStep == 0 && a.Holder == "here")
                    || (a.Status == ApplicationStatus.Done && a.Holder == "here" && a.OriginApplicationId == null)
                    || (a.Status == ApplicationStatus.SupplementRequested && a.OriginApplicationId == null));
                break;
            case "mine":
                var roles = OneStopRoles.Processing.Where(r => user.HasRole(r)).ToList();
                q = q.Where(a => a.Holder == "here" && (a.Status == ApplicationStatus.Received || a.Status == ApplicationStatus.Processing
                    || a.Status == ApplicationStatus.FinancialObligation) && (a.AssigneeId == user.Id || a.AssigneeId == null));
                var list = await q.OrderBy(a => a.StepDueAt).Take(500).ToListAsync(ct);
                // The step's role lives in the route JSON; filtered here rather than in SQL, the list is small.
                var mine = list.Where(a => a.Step is { } s && (roles.Contains(s.Role) || a.AssigneeId == user.Id)).ToList();
                mine.ForEach(a => ApplicantContact.ProtectFor(user, a));
                return new ApplicationPage(mine, 1, mine.Count, false);
            case "overdue":
                q = q.Where(a => a.Holder == "here" && (a.Status == ApplicationStatus.Received || a.Status == ApplicationStatus.Processing)
                    && (a.ExtendedAppointmentAt ?? a.AppointmentAt) < now);
                break;
        }
        if (query.Status is { } status)
        {
            q = q.Where(a => a.Status == (ApplicationStatus)status);
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var folded = VietnameseText.Fold(query.Q.Trim());
            q = q.Where(a => a.SearchText.Contains(folded));
        }
        if (query.From is { } from)
        {
            var f = Saas.Calendar.VietnamTime.At(from.Year, from.Month, from.Day).ToUniversalTime();
            q = q.Where(a => a.SubmittedAt >= f);
        }
        if (query.To is { } to)
        {
            var t = Saas.Calendar.VietnamTime.At(to.Year, to.Month, to.Day).AddDays(1).ToUniversalTime();
            q = q.Where(a => a.SubmittedAt < t);
        }
        var paging = PageRequest.Of(query.Page, query.Size, maxSize: 500);
        var items = await q.OrderByDescending(a => a.SubmittedAt).Skip(paging.Offset).Take(paging.Size + 1).ToListAsync(ct);
        items.ForEach(a => ApplicantContact.ProtectFor(user, a));
        return new ApplicationPage(items.Take(paging.Size).ToList(), paging.Page, paging.Size, items.Count > paging.Size);
    }

    public async Task<Application?> DetailsAsync(Guid id, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var app = await db.Applications.AsNoTracking().AsSplitQuery()
            .Include(a => a.Files).Include(a => a.Handovers).Include(a => a.Pauses).Include(a => a.Events)
            .FirstOrDefaultAsync(a => a.Id == id, ct);
        if (app is not null)
        {
            ApplicantContact.ProtectFor(user, app);
        }
        return app;
    }

    public async Task<IReadOnlyList<CitizenNotification>> NotificationsAsync(Guid id, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.Notifications.AsNoTracking().Where(n => n.ApplicationId == id).OrderBy(n => n.CreatedAt).ToListAsync(ct);
    }
}

using Microsoft.EntityFrameworkCore;
using Saas.Documents.Incoming;
using Saas.Documents.Outgoing;
using Saas.Platform.Data;
using Saas.Platform.Paging;
using Saas.Platform.Text;

namespace Saas.Documents.Search;

/// <summary>
/// Lists and diacritic-insensitive search: text is folded ("văn bản đến" → "van ban den") into a tsvector with
/// a GIN index, so "van ban den" finds "Văn bản đến"; every word must match. Visibility follows
/// <see cref="DocumentAccess"/>; row-level security keeps other tenants out regardless.
/// </summary>
public sealed class DocumentSearchService(TenantDbContextFactory<DocumentsDbContext> contexts, IDocumentUser user, TimeProvider clock)
{
    public async Task<PagedResult<IncomingListItem>> IncomingAsync(DocumentQuery query, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var today = Saas.Calendar.VietnamTime.Today(clock);
        var q = db.Incoming.AsNoTracking().Where(DocumentAccess.IncomingRule(user));
        if (Terms(query.Q) is { } terms)
        {
            q = q.Where(d => d.SearchVector!.Matches(EF.Functions.ToTsQuery("simple", terms)));
        }
        if (!string.IsNullOrEmpty(query.Status))
        {
            // An unknown status matches nothing, as the text comparison did.
            q = IncomingStatusCodes.TryParse(query.Status, out var status) ? q.Where(d => d.Status == status) : q.Where(d => false);
        }
        if (query.From is { } from)
        {
            var start = ToUtc(from);
            q = q.Where(d => d.ReceivedAt >= start);
        }
        if (query.To is { } to)
        {
            var end = ToUtc(to.AddDays(1));
            q = q.Where(d => d.ReceivedAt < end);
        }
        if (!string.IsNullOrEmpty(query.Type))
        {
            q = q.Where(d => d.DocumentTypeCode == query.Type);
        }
        if (!string.IsNullOrEmpty(query.Register))
        {
            q = q.Where(d => d.RegisterCode == query.Register);
        }
        if (query.Urgency is { } urgency)
        {
            q = q.Where(d => d.Urgency == urgency);
        }
        if (!string.IsNullOrEmpty(query.Handler))
        {
            q = q.Where(d => d.Assignments.Any(a => a.AssigneeId == query.Handler && a.Role != AssignmentRoles.Inform));
        }
        if (query.Overdue)
        {
            q = q.Where(d => (d.Status == IncomingStatus.Registered || d.Status == IncomingStatus.InProgress) && d.ProcessingDeadline < today);
        }
        var (page, size) = Paging(query);
        // A text search is not counted (its matches can be most of the inbox): one extra row tells whether more follow.
        var searching = Terms(query.Q) is not null;
        var total = searching ? 0 : await q.Take(CountCap + 1).CountAsync(ct);
        var items = await q.OrderByDescending(d => d.ReceivedAt).ThenByDescending(d => d.Id)
            .Skip(Offset(page, size)).Take(searching ? size + 1 : size)
            .Select(d => new IncomingListItem(
                d.Id, d.Status.Code(), d.IssuerName, d.NumberNotation, d.IssuedDate, d.DocumentTypeCode, d.Subject, d.Urgency, d.Secrecy, d.ReceivedAt,
                d.RegisterCode, d.ArrivalNumber, d.ProcessingDeadline,
                (d.Status == IncomingStatus.Registered || d.Status == IncomingStatus.InProgress) && d.ProcessingDeadline < today,
                d.Assignments.Where(a => a.Role == AssignmentRoles.Lead).Select(a => a.AssigneeName).FirstOrDefault()))
            .ToListAsync(ct);
        return Page(items, page, size, total, searching);
    }

    public async Task<PagedResult<OutgoingListItem>> OutgoingAsync(DocumentQuery query, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var q = db.Outgoing.AsNoTracking().Where(DocumentAccess.OutgoingRule(user));
        if (Terms(query.Q) is { } terms)
        {
            q = q.Where(d => d.SearchVector!.Matches(EF.Functions.ToTsQuery("simple", terms)));
        }
        if (!string.IsNullOrEmpty(query.Status))
        {
            q = OutgoingStatusCodes.TryParse(query.Status, out var status) ? q.Where(d => d.Status == status) : q.Where(d => false);
        }
        if (!string.IsNullOrEmpty(query.Type))
        {
            q = q.Where(d => d.DocumentTypeCode == query.Type);
        }
        if (!string.IsNullOrEmpty(query.Register))
        {
            q = q.Where(d => d.RegisterCode == query.Register);
        }
        if (query.From is { } from)
        {
            var start = ToUtc(from);
            q = q.Where(d => d.UpdatedAt >= start);
        }
        if (query.To is { } to)
        {
            var end = ToUtc(to.AddDays(1));
            q = q.Where(d => d.UpdatedAt < end);
        }
        var (page, size) = Paging(query);
        var searching = Terms(query.Q) is not null;
        var total = searching ? 0 : await q.Take(CountCap + 1).CountAsync(ct);
        var items = await q.OrderByDescending(d => d.UpdatedAt).ThenByDescending(d => d.Id).Skip(Offset(page, size)).Take(searching ? size + 1 : size)
            .Select(d => new OutgoingListItem(d.Id, d.Status.Code(), d.DocumentTypeCode, d.Subject, d.Urgency, d.Secrecy, d.DrafterName, d.NumberNotation,
                d.IssuedAt, d.UpdatedAt, d.Recipients.Count, d.Recipients.Count(r => r.StatusCode != null && r.StatusCode != EdxmlStatus.Refused)))
            .ToListAsync(ct);
        return Page(items, page, size, total, searching);
    }

    /// <summary>
    /// Ordinary incoming documents still being handled by any of these assignees (a unit and its members), for the
    /// unit head's backlog: one row per open assignment.
    /// </summary>
    public async Task<IReadOnlyList<AssignedWork>> HandledByAsync(IReadOnlyCollection<string> assigneeIds, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var today = Saas.Calendar.VietnamTime.Today(clock);
        var rows = await db.Assignments.AsNoTracking()
            .Where(a => assigneeIds.Contains(a.AssigneeId) && a.Status != "done" && a.Role != AssignmentRoles.Inform)
            .Join(db.Incoming.Where(d => d.Status == IncomingStatus.InProgress && d.Secrecy == 0), a => a.DocumentId, d => d.Id, (a, d) => new { a, d })
            .Select(x => new { x.d.Id, x.d.Subject, x.d.NumberNotation, x.a.AssigneeName, x.a.Role, Deadline = x.a.Deadline ?? x.d.ProcessingDeadline })
            .Take(500).ToListAsync(ct);
        return [.. rows.Select(r => new AssignedWork(r.Id, $"{r.NumberNotation} – {r.Subject}", r.AssigneeName, r.Role, r.Deadline, r.Deadline < today))];
    }

    /// <summary>Everything waiting for the current user, most urgent deadline first.</summary>
    public async Task<IReadOnlyList<WorkItem>> MyWorkAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var today = Saas.Calendar.VietnamTime.Today(clock);
        var items = new List<WorkItem>();
        var handles = user.Handles;
        var handling = await db.Assignments.AsNoTracking()
            .Where(a => handles.Contains(a.AssigneeId) && a.Status != "done" && a.Role != AssignmentRoles.Inform)
            .Join(db.Incoming.Where(d => d.Status == IncomingStatus.InProgress), a => a.DocumentId, d => d.Id, (a, d) => new { a, d })
            .Select(x => new { x.d.Id, x.d.Subject, x.d.NumberNotation, x.a.Role, Deadline = x.a.Deadline ?? x.d.ProcessingDeadline, x.d.Urgency })
            .ToListAsync(ct);
        items.AddRange(handling.Select(h => new WorkItem("incoming", h.Id, $"{h.NumberNotation} – {h.Subject}",
            h.Role == AssignmentRoles.Lead ? "Chủ trì xử lý" : "Phối hợp xử lý", h.Deadline, h.Deadline < today, h.Urgency)));
        if (user.HasRole(DocumentRoles.Clerk))
        {
            var queue = await db.Incoming.AsNoTracking().Where(d => d.Status == IncomingStatus.Received)
                .Select(d => new { d.Id, d.Subject, d.NumberNotation, d.Urgency, d.DueDate }).Take(200).ToListAsync(ct);
            items.AddRange(queue.Select(d => new WorkItem("incoming", d.Id, $"{d.NumberNotation} – {d.Subject}", "Tiếp nhận, vào sổ", d.DueDate, false, d.Urgency)));
            var toIssue = await db.Outgoing.AsNoTracking().Where(d => d.Status == OutgoingStatus.Signed)
                .Select(d => new { d.Id, d.Subject, d.Urgency, d.DueDate }).Take(200).ToListAsync(ct);
            items.AddRange(toIssue.Select(d => new WorkItem("outgoing", d.Id, d.Subject, "Cấp số, phát hành", d.DueDate, false, d.Urgency)));
        }
        if (user.HasRole(DocumentRoles.Leader))
        {
            var toAssign = await db.Incoming.AsNoTracking().Where(d => d.Status == IncomingStatus.Registered)
                .Select(d => new { d.Id, d.Subject, d.NumberNotation, d.Urgency, d.ProcessingDeadline }).Take(200).ToListAsync(ct);
            items.AddRange(toAssign.Select(d => new WorkItem("incoming", d.Id, $"{d.NumberNotation} – {d.Subject}", "Phân công xử lý", d.ProcessingDeadline, d.ProcessingDeadline < today, d.Urgency)));
            var toSign = await db.Outgoing.AsNoTracking().Where(d => d.Status == OutgoingStatus.Approved)
                .Select(d => new { d.Id, d.Subject, d.Urgency, d.DueDate }).Take(200).ToListAsync(ct);
            items.AddRange(toSign.Select(d => new WorkItem("outgoing", d.Id, d.Subject, "Ký ban hành", d.DueDate, false, d.Urgency)));
        }
        var reviews = await db.Outgoing.AsNoTracking().Where(d => d.Status == OutgoingStatus.InReview)
            .Select(d => new { d.Id, d.Subject, d.Urgency, d.DueDate, d.Route, d.RouteStep }).Take(500).ToListAsync(ct);
        items.AddRange(reviews.Where(d => d.RouteStep < d.Route.Count && user.HasRole(d.Route[d.RouteStep]))
            .Select(d => new WorkItem("outgoing", d.Id, d.Subject, "Duyệt dự thảo", d.DueDate, false, d.Urgency)));
        var drafts = await db.Outgoing.AsNoTracking().Where(d => d.Status == OutgoingStatus.Draft && d.DrafterId == user.Id)
            .Select(d => new { d.Id, d.Subject, d.Urgency, d.DueDate }).Take(200).ToListAsync(ct);
        items.AddRange(drafts.Select(d => new WorkItem("outgoing", d.Id, d.Subject, "Hoàn thiện, trình dự thảo", d.DueDate, false, d.Urgency)));
        return items.OrderBy(i => i.Deadline ?? DateOnly.MaxValue).ThenByDescending(i => i.Urgency).ToList();
    }

    internal static string? Terms(string? q) => SearchTerms.ToTsQuery(q);

    /// <summary>Counting a tenant's whole inbox on every page costs more than the page; beyond this the UI says "more than".</summary>
    public const int CountCap = 1000;

    /// <summary>For a search the total is "what is known": the rows before this page, this page, and one more if any.</summary>
    private static PagedResult<T> Page<T>(List<T> items, int page, int size, int total, bool searching)
    {
        if (!searching)
        {
            return new PagedResult<T>(items, page, size, total);
        }
        var more = items.Count > size;
        var shown = more ? items.Take(size).ToList() : items;
        return new PagedResult<T>(shown, page, size, Offset(page, size) + items.Count, TotalIsExact: !more);
    }

    private static (int Page, int Size) Paging(DocumentQuery q)
    {
        var p = PageRequest.Of(q.Page, q.Size, maxSize: 100);
        return (p.Page, p.Size);
    }

    private static int Offset(int page, int size) => (page - 1) * size;

    private static DateTimeOffset ToUtc(DateOnly localDate) =>
        new DateTimeOffset(localDate.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7)).ToUniversalTime();
}

public sealed record AssignedWork(Guid DocumentId, string Title, string AssigneeName, string Role, DateOnly? Deadline, bool Overdue);

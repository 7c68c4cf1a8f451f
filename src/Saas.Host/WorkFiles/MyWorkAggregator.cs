using Saas.Documents;
using Saas.Documents.Incoming;
using Saas.Documents.Search;
using Saas.WorkFiles.Files;
using Saas.WorkFiles.Tasks;

namespace Saas.Host.WorkFiles;

/// <summary>
/// Việc cần xử lý across modules: documents waiting for the user, tasks assigned to them, their open files and
/// files due for deposit; sorted by deadline. Leaders and heads can ask for the whole agency's backlog.
/// </summary>
public sealed class MyWorkAggregator(
    DocumentSearchService documents, TaskService tasks, WorkFileService files, IDocumentUser user, Saas.Organization.Units.IUnitDirectory units, TimeProvider clock)
{
    public sealed record Item(string Kind, Guid Id, string Title, string Action, DateOnly? Deadline, bool Overdue, string Priority, string? Person, string Link);

    public async Task<IReadOnlyList<Item>> MineAsync(CancellationToken ct)
    {
        var today = Saas.Calendar.VietnamTime.Today(clock);
        var items = new List<Item>();
        foreach (var w in await documents.MyWorkAsync(ct))
        {
            items.Add(new Item(w.Kind, w.DocumentId, w.Title, w.Action, w.Deadline, w.Overdue, w.Urgency switch { 3 => "urgent", 2 or 1 => "high", _ => "normal" },
                null, $"/documents/{w.Kind}/{w.DocumentId}"));
        }
        foreach (var t in await tasks.ListAsync("mine", overdueOnly: false, ct))
        {
            if (!t.IsOpen || t.Status == WorkTaskStatus.Submitted)
            {
                continue;
            }
            items.Add(new Item("task", t.Id, t.Title, t.Status == WorkTaskStatus.Returned ? "Bổ sung kết quả" : "Thực hiện công việc", t.Deadline,
                t.Deadline < today, t.Priority, t.AssignerName, $"/tasks/{t.Id}"));
        }
        foreach (var t in await tasks.ListAsync("given", overdueOnly: false, ct))
        {
            if (t.Status == WorkTaskStatus.Submitted)
            {
                items.Add(new Item("task", t.Id, t.Title, "Nghiệm thu kết quả", t.Deadline, false, t.Priority, null, $"/tasks/{t.Id}"));
            }
        }
        foreach (var f in await files.ListAsync(null, null, ct))
        {
            if (f.CreatorId != user.Id)
            {
                continue;
            }
            if (f.Status == WorkFileStatus.Closed && f.DepositDue is { } due && due <= today.AddDays(30))
            {
                items.Add(new Item("workfile", f.Id, $"{f.Code} – {f.Title}", "Nộp lưu hồ sơ", due, due < today, "normal", null, $"/workfiles/{f.Id}"));
            }
        }
        return Sort(items);
    }

    /// <summary>Open tasks of everyone in the agency (leaders and heads), per person.</summary>
    public async Task<IReadOnlyList<Item>?> AgencyBacklogAsync(CancellationToken ct)
    {
        if (!user.HasRole(DocumentRoles.Leader, DocumentRoles.Head))
        {
            return null;
        }
        var today = Saas.Calendar.VietnamTime.Today(clock);
        var items = (await tasks.ListAsync("unit", overdueOnly: false, ct))
            .Where(t => t.IsOpen)
            .SelectMany(t => t.Assignees.Select(a => new Item("task", t.Id, t.Title, t.Status.Code(), t.Deadline, t.Deadline < today, t.Priority, a.AssigneeName, $"/tasks/{t.Id}")))
            .ToList();
        var overdueDocs = await documents.IncomingAsync(new DocumentQuery { Overdue = true, Size = 100 }, ct);
        items.AddRange(overdueDocs.Items.Select(d => new Item("incoming", d.Id, $"{d.NumberNotation} – {d.Subject}", d.Status, d.ProcessingDeadline, true,
            "normal", d.LeadHandler, $"/documents/incoming/{d.Id}")));
        return Sort(items);
    }

    /// <summary>
    /// The backlog of the units this user heads (trưởng phòng): open tasks and documents given to the unit or to its
    /// members, one row per assignee; null when they head no unit.
    /// </summary>
    public async Task<IReadOnlyList<Item>?> UnitBacklogAsync(CancellationToken ct)
    {
        var headed = user.HeadedUnits;
        if (headed.Count == 0)
        {
            return null;
        }
        var today = Saas.Calendar.VietnamTime.Today(clock);
        var ids = new HashSet<string>(await units.MembersOfAsync(headed, ct));
        ids.UnionWith(headed.Select(Saas.Platform.Organization.UnitHandles.Of));
        var items = (await tasks.OpenForAssigneesAsync(ids, ct))
            .SelectMany(t => t.Assignees.Where(a => ids.Contains(a.AssigneeId))
                .Select(a => new Item("task", t.Id, t.Title, t.Status.Code(), t.Deadline, t.Deadline < today, t.Priority, a.AssigneeName, $"/tasks/{t.Id}")))
            .ToList();
        items.AddRange((await documents.HandledByAsync(ids, ct)).Select(d =>
            new Item("incoming", d.DocumentId, d.Title, d.Role == AssignmentRoles.Lead ? "Chủ trì xử lý" : "Phối hợp xử lý", d.Deadline, d.Overdue, "normal",
                d.AssigneeName, $"/documents/incoming/{d.DocumentId}")));
        return Sort(items);
    }

    private static List<Item> Sort(List<Item> items) =>
        items.OrderBy(i => i.Deadline ?? DateOnly.MaxValue).ThenByDescending(i => i.Priority == "urgent").ThenByDescending(i => i.Priority == "high").ToList();
}

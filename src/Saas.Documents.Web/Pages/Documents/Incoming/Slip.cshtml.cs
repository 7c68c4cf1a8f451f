using Microsoft.AspNetCore.Mvc;
using Saas.Documents;
using Saas.Documents.History;
using Saas.Documents.Incoming;
using Saas.Documents.Search;
using Saas.Identity.Staff;
using Saas.Platform.MultiTenancy;

namespace Saas.Documents.Web.Pages.Documents.Incoming;

/// <summary>
/// Phiếu giải quyết văn bản đến (Nghị định 30/2020): the opinions of the agency's leader, the unit's leader and the
/// handler, taken from the history. The history does not record the actor's role, so the current roles in the
/// tenant's staff list decide; without that list, whoever assigned counts as leader and assignees as handlers.
/// </summary>
public sealed class SlipModel(DocumentDetailsService details, TenantStaffDirectory staffDirectory, ICurrentTenant tenant) : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
{
    public sealed record Opinion(DateTimeOffset At, string? Actor, string Text);

    public IncomingDetails Details { get; private set; } = null!;

    public IncomingDocument Doc => Details.Document;

    public string TenantName => tenant.Tenant?.Name ?? "";

    public List<Opinion> LeaderOpinions { get; } = [];

    public List<Opinion> UnitOpinions { get; } = [];

    public List<Opinion> HandlerOpinions { get; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await details.IncomingAsync(id, ct) is not { } x)
        {
            return NotFound();
        }
        Details = x;
        Dictionary<string, IReadOnlyList<string>>? roles = null;
        try
        {
            roles = (await staffDirectory.ListAsync(tenant.Tenant!.Slug, ct)).ToDictionary(s => s.UserId, s => s.Roles);
        }
        catch (HttpRequestException)
        {
            // fall back to what the document itself tells
        }
        var assigners = Doc.Assignments.Where(a => a.ForwardedFrom is null).Select(a => a.AssignedBy).ToHashSet();
        var handlers = Doc.Assignments.Where(a => a.Role != AssignmentRoles.Inform).Select(a => a.AssigneeId).ToHashSet();
        foreach (var e in Details.History)
        {
            var text = TextOf(e);
            if (text is null)
            {
                continue;
            }
            var opinion = new Opinion(e.At, e.ActorName, text);
            var actor = e.ActorId ?? "";
            var actorRoles = roles?.GetValueOrDefault(actor);
            if (e.Kind == "finished" || (e.Kind == "opinion" && handlers.Contains(actor) && actorRoles?.Contains(DocumentRoles.Leader) != true))
            {
                HandlerOpinions.Add(opinion);
            }
            else if (actorRoles?.Contains(DocumentRoles.Leader) == true || (actorRoles is null && e.Kind == "assigned" && assigners.Contains(actor)))
            {
                LeaderOpinions.Add(opinion);
            }
            else if (actorRoles?.Contains(DocumentRoles.Head) == true || e.Kind == "forwarded")
            {
                UnitOpinions.Add(opinion);
            }
            else if (e.Kind is "opinion")
            {
                HandlerOpinions.Add(opinion);
            }
        }
        return Page();
    }

    private static string? TextOf(DocumentEvent e)
    {
        var people = DetailsModel.People(e.Data);
        var who = people.Count == 0 ? null : string.Join(", ", people.Select(p => p.Role switch
        {
            AssignmentRoles.Lead => $"{p.Name} chủ trì",
            AssignmentRoles.Coordinate => $"{p.Name} phối hợp",
            AssignmentRoles.Inform => $"{p.Name} để biết",
            _ => p.Name,
        }));
        return e.Kind switch
        {
            "opinion" => e.Note,
            "assigned" => string.Join(". ", new[] { e.Note, who is null ? null : "Giao: " + who }.Where(s => !string.IsNullOrWhiteSpace(s))),
            "forwarded" => string.Join(". ", new[] { e.Note, who is null ? null : "Chuyển: " + who }.Where(s => !string.IsNullOrWhiteSpace(s))),
            "finished" => "Kết quả: " + e.Note,
            _ => null,
        } is { Length: > 0 } t ? t : null;
    }
}

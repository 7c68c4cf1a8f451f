using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Saas.Identity.Authorization;
using Saas.Identity.Staff;
using Saas.Platform.MultiTenancy;
using Saas.WorkFiles.Tasks;

namespace Saas.WorkFiles.Web.Pages.Tasks;

/// <summary>Giao việc: tasks assigned to me, given by me, or the agency's (leaders, heads); leaders create tasks here.</summary>
[Authorize(Policy = Policies.TenantMember)]
public sealed class IndexModel(TaskService tasks, Saas.Web.Organization.AssignableStaff staff, TimeProvider clock) : WorkFilesPageModel
{
    public IReadOnlyList<WorkTask> Tasks { get; private set; } = [];

    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];

    public DateOnly Today { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string Scope { get; set; } = "mine";

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(string? title, string? description, string? priority, string? deadline, string? lead, string[]? coordinators, CancellationToken ct)
    {
        var people = await staff.ListAsync(ct);
        string Name(string id) => people.FirstOrDefault(p => p.UserId == id)?.DisplayName ?? id;
        var assignees = new List<TaskAssigneeInput>();
        if (!string.IsNullOrEmpty(lead))
        {
            assignees.Add(new TaskAssigneeInput(lead, Name(lead), "lead"));
        }
        assignees.AddRange((coordinators ?? []).Where(c => c != lead).Select(c => new TaskAssigneeInput(c, Name(c), "coordinate")));
        var outcome = await tasks.CreateAsync(new CreateTaskRequest(title, description, priority, WorkFilesUi.ParseDate(deadline), assignees, [], null), ct);
        if (!outcome.Succeeded)
        {
            Fail(outcome, "create");
            await LoadAsync(ct);
            return Page();
        }
        return Redirect($"{Request.PathBase}/tasks/{outcome.Value!.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = VietnamTime.Today(clock);
        Tasks = await tasks.ListAsync(Scope, overdueOnly: false, ct);
        try
        {
            Staff = await staff.ListAsync(ct);
        }
        catch (HttpRequestException)
        {
            Staff = []; // the identity server is down: the list still shows, creating waits
        }
    }
}

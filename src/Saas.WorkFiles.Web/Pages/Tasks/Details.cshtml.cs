using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Saas.Identity.Authorization;
using Saas.WorkFiles.Tasks;

namespace Saas.WorkFiles.Web.Pages.Tasks;

/// <summary>One task: its history, and the steps the task's own rules (<see cref="WorkTask"/>) let this person take.</summary>
[Authorize(Policy = Policies.TenantMember)]
public sealed class DetailsModel(TaskService tasks, IWorkFilesUser user, TimeProvider clock) : WorkFilesPageModel
{
    public WorkTask? Task { get; private set; }

    public IReadOnlyList<TaskEvent> History { get; private set; } = [];

    public IReadOnlyList<WorkTask> SubTasks { get; private set; } = [];

    public DateOnly Today => VietnamTime.Today(clock);

    public bool Overdue => Task?.IsOverdue(Today) == true;

    public bool CanReportProgress => Task?.CanReportProgress(user.Handles) is null;

    public bool CanSubmit => Task?.CanSubmit(user.Handles) is null;

    public bool CanReview => Task?.CanReview(user.Id) == true;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostProgressAsync(Guid id, int? progress, string? note, CancellationToken ct) =>
        await After(id, await tasks.ReportProgressAsync(id, new ProgressRequest(progress, note), ct), "progress", ct);

    public async Task<IActionResult> OnPostSubmitAsync(Guid id, string? result, CancellationToken ct) =>
        await After(id, await tasks.SubmitAsync(id, new ResultRequest(result), ct), "submit", ct);

    public async Task<IActionResult> OnPostAcceptAsync(Guid id, string? note, CancellationToken ct) =>
        await After(id, await tasks.AcceptAsync(id, new ReviewRequest(note), ct), "accept", ct);

    public async Task<IActionResult> OnPostReturnAsync(Guid id, string? note, CancellationToken ct) =>
        await After(id, await tasks.ReturnAsync(id, new ReviewRequest(note), ct), "return", ct);

    private async Task<IActionResult> After(Guid id, Outcome<WorkTask> outcome, string action, CancellationToken ct)
    {
        if (outcome.Succeeded)
        {
            return Redirect($"{Request.PathBase}/tasks/{id}");
        }
        Fail(outcome, action);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await tasks.GetAsync(id, ct) is not { } x)
        {
            return false;
        }
        (Task, History, SubTasks) = x;
        return true;
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Identity.Authorization;
using Saas.Identity.Memberships;
using Saas.Platform.Text;
using Saas.Web.Http;
using Saas.WorkFiles.Tasks;

namespace Saas.WorkFiles.Web.Apis;

/// <summary>/api/v1/tasks: giao việc.</summary>
public static class TasksApi
{
    public static RouteGroupBuilder MapTasks(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/tasks").RequireAuthorization(Policies.TenantMember).WithTags("Tasks");
        g.MapGet("/", async (string? scope, bool? overdue, TaskService s, TimeProvider clock, CancellationToken ct) =>
        {
            var today = VietnamTime.Today(clock);
            return TypedResults.Ok((await s.ListAsync(scope ?? "mine", overdue ?? false, ct)).Select(t => TaskDto.From(t, today)).ToList());
        }).WithSummary(Texts.Bilingual("workfiles.api.tasks.list"));
        g.MapPost("/", CreateAsync)
            .RequireAuthorization(p => p.AddRequirements(new TenantRoleRequirement(TenantRoles.Leader, TenantRoles.Head))).WithSummary(Texts.Bilingual("workfiles.api.tasks.create"));
        g.MapGet("/{id:guid}", GetAsync).WithSummary(Texts.Bilingual("workfiles.api.tasks.get"));
        g.MapPost("/{id:guid}/progress", (Guid id, ProgressRequest body, TaskService s, TimeProvider clock, CancellationToken ct) => Run(s.ReportProgressAsync(id, body, ct), clock))
            .WithSummary(Texts.Bilingual("workfiles.api.tasks.progress"));
        g.MapPost("/{id:guid}/submit", (Guid id, ResultRequest body, TaskService s, TimeProvider clock, CancellationToken ct) => Run(s.SubmitAsync(id, body, ct), clock))
            .WithSummary(Texts.Bilingual("workfiles.api.tasks.submit"));
        g.MapPost("/{id:guid}/accept", (Guid id, ReviewRequest body, TaskService s, TimeProvider clock, CancellationToken ct) => Run(s.AcceptAsync(id, body, ct), clock))
            .WithSummary(Texts.Bilingual("workfiles.api.tasks.accept"));
        g.MapPost("/{id:guid}/return", (Guid id, ReviewRequest body, TaskService s, TimeProvider clock, CancellationToken ct) => Run(s.ReturnAsync(id, body, ct), clock))
            .WithSummary(Texts.Bilingual("workfiles.api.tasks.return"));
        return api;
    }

    private static async Task<Results<Created<TaskDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateTaskRequest body, TaskService s, TimeProvider clock, CancellationToken ct)
    {
        var outcome = await s.CreateAsync(body, ct);
        return outcome.Kind switch
        {
            OutcomeKind.Ok => TypedResults.Created($"/api/v1/tasks/{outcome.Value!.Id}", TaskDto.From(outcome.Value, VietnamTime.Today(clock))),
            OutcomeKind.Invalid => Problems.Validation(outcome.Errors),
            _ => outcome.Problem("what.task"),
        };
    }

    private static async Task<Results<Ok<TaskDto>, ProblemHttpResult>> GetAsync(Guid id, TaskService s, TimeProvider clock, CancellationToken ct) =>
        await s.GetAsync(id, ct) is { } x
            ? TypedResults.Ok(TaskDto.From(x.Task, VietnamTime.Today(clock), x.History, x.SubTasks))
            : Problems.NotFound("what.task");

    private static async Task<Results<Ok<TaskDto>, ValidationProblem, ProblemHttpResult>> Run(Task<Outcome<WorkTask>> op, TimeProvider clock) =>
        (await op).ToResult("what.task", t => TaskDto.From(t, VietnamTime.Today(clock)));
}

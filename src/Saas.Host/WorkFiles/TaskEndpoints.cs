using Saas.Documents;
using Saas.Host.Documents;
using Saas.Host.Infrastructure;
using Saas.Identity.Authorization;
using Saas.Identity.Memberships;
using Saas.WorkFiles.Tasks;

namespace Saas.Host.WorkFiles;

/// <summary>/api/v1/tasks: giao việc.</summary>
public static class TaskEndpoints
{
    public static RouteGroupBuilder MapTaskEndpoints(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/tasks").RequireAuthorization(Policies.TenantMember).WithTags("Tasks");
        g.MapGet("/", async (string? scope, bool? overdue, TaskService s, TimeProvider clock, CancellationToken ct) =>
        {
            var today = Saas.Calendar.VietnamTime.Today(clock);
            return TypedResults.Ok((await s.ListAsync(scope ?? "mine", overdue ?? false, ct)).Select(t => TaskDto.From(t, today)));
        }).WithSummary("Công việc của tôi / giao đi / của đơn vị (scope=mine|given|unit)");
        g.MapPost("/", async (CreateTaskRequest body, TaskService s, TimeProvider clock, CancellationToken ct) =>
        {
            var outcome = await s.CreateAsync(body, ct);
            return outcome.Succeeded
                ? Results.Created($"/api/v1/tasks/{outcome.Value!.Id}", TaskDto.From(outcome.Value, Saas.Calendar.VietnamTime.Today(clock)))
                : outcome.ToResult(t => t);
        }).RequireAuthorization(p => p.AddRequirements(new TenantRoleRequirement(TenantRoles.Leader, TenantRoles.Head))).WithSummary("Giao việc / Assign a task");
        g.MapGet("/{id:guid}", async (Guid id, TaskService s, TimeProvider clock, CancellationToken ct) =>
            await s.GetAsync(id, ct) is { } x ? Results.Ok(TaskDto.From(x.Task, Saas.Calendar.VietnamTime.Today(clock), x.History, x.SubTasks)) : Problems.NotFound("công việc"))
            .WithSummary("Chi tiết, lịch sử / Details and history");
        g.MapPost("/{id:guid}/progress", (Guid id, ProgressRequest body, TaskService s, TimeProvider clock, CancellationToken ct) => Run(s.ReportProgressAsync(id, body, ct), clock))
            .WithSummary("Báo cáo tiến độ / Report progress");
        g.MapPost("/{id:guid}/submit", (Guid id, ResultRequest body, TaskService s, TimeProvider clock, CancellationToken ct) => Run(s.SubmitAsync(id, body, ct), clock))
            .WithSummary("Nộp kết quả / Submit the result");
        g.MapPost("/{id:guid}/accept", (Guid id, ReviewRequest body, TaskService s, TimeProvider clock, CancellationToken ct) => Run(s.AcceptAsync(id, body, ct), clock))
            .WithSummary("Nghiệm thu / Accept");
        g.MapPost("/{id:guid}/return", (Guid id, ReviewRequest body, TaskService s, TimeProvider clock, CancellationToken ct) => Run(s.ReturnAsync(id, body, ct), clock))
            .WithSummary("Trả lại / Return");
        return api;
    }

    private static async Task<IResult> Run(Task<Outcome<WorkTask>> op, TimeProvider clock) =>
        (await op).ToResult(t => TaskDto.From(t, Saas.Calendar.VietnamTime.Today(clock)));
}

using Saas.Identity.Authorization;

namespace Saas.Host.Api;

/// <summary>"Việc cần xử lý": documents, tasks and work files of several modules together, so it stays in the host.</summary>
public static class MyWorkEndpoints
{
    public static RouteGroupBuilder MapMyWorkEndpoints(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("").RequireAuthorization(Policies.TenantMember).WithTags("Documents");
        g.MapGet("/my-work", async (Saas.Host.WorkFiles.MyWorkAggregator work, CancellationToken ct) => TypedResults.Ok(await work.MineAsync(ct)))
            .WithSummary("Việc cần xử lý: văn bản, công việc, hồ sơ / What waits for me");
        g.MapGet("/my-work/agency", async (Saas.Host.WorkFiles.MyWorkAggregator work, CancellationToken ct) =>
            await work.AgencyBacklogAsync(ct) is { } items ? Results.Ok(items) : Results.Forbid())
            .WithSummary("Tồn đọng của đơn vị (lãnh đạo, trưởng phòng) / The agency's backlog");
        g.MapGet("/my-work/unit", async (Saas.Host.WorkFiles.MyWorkAggregator work, CancellationToken ct) =>
            await work.UnitBacklogAsync(ct) is { } items ? Results.Ok(items) : Results.Forbid())
            .WithSummary("Việc của các phòng tôi làm trưởng phòng / The backlog of the units I head");
        return api;
    }
}

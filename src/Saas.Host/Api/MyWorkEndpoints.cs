using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Host.WorkFiles;
using Saas.Identity.Authorization;
using Saas.Platform.Text;

namespace Saas.Host.Api;

/// <summary>"Việc cần xử lý": documents, tasks and work files of several modules together, so it stays in the host.</summary>
public static class MyWorkEndpoints
{
    public static RouteGroupBuilder MapMyWorkEndpoints(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("").RequireAuthorization(Policies.TenantMember).WithTags("Documents");
        g.MapGet("/my-work", async (MyWorkAggregator work, CancellationToken ct) => TypedResults.Ok(await work.MineAsync(ct)))
            .WithSummary(Texts.Bilingual("host.api.my_work"));
        g.MapGet("/my-work/agency", async Task<Results<Ok<IReadOnlyList<MyWorkAggregator.Item>>, ForbidHttpResult>> (MyWorkAggregator work, CancellationToken ct) =>
            await work.AgencyBacklogAsync(ct) is { } items ? TypedResults.Ok(items) : TypedResults.Forbid())
            .WithSummary(Texts.Bilingual("host.api.my_work_agency"));
        g.MapGet("/my-work/unit", async Task<Results<Ok<IReadOnlyList<MyWorkAggregator.Item>>, ForbidHttpResult>> (MyWorkAggregator work, CancellationToken ct) =>
            await work.UnitBacklogAsync(ct) is { } items ? TypedResults.Ok(items) : TypedResults.Forbid())
            .WithSummary(Texts.Bilingual("host.api.my_work_unit"));
        return api;
    }
}

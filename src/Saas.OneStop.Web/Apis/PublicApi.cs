using Microsoft.AspNetCore.Http.HttpResults;
using Saas.OneStop.Applications;
using Saas.OneStop.Catalogue;
using Saas.OneStop.Public;
using Saas.OneStop.Web.Intake;
using Saas.OneStop.Web.RateLimiting;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;
using Saas.Platform.Text;

namespace Saas.OneStop.Web.Apis;

/// <summary>
/// /api/v1/public/onestop: without login. Online submission to a named tenant, look-up and rating by application
/// code plus phone or ID number. Rate-limited per client (<see cref="PublicRateLimit"/>).
/// </summary>
public static class PublicApi
{
    public static RouteGroupBuilder MapPublicOneStopApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/public/onestop").AllowAnonymous().WithTags("One-stop shop: public");
        g.MapGet("/{tenant}/procedures", ProceduresAsync).RequireRateLimiting(PublicRateLimit.Lookups)
            .WithSummary(Texts.Bilingual("onestop.api.procedures_open_online"));
        g.MapPost("/{tenant}/applications", SubmitAsync).DisableAntiforgery().RequireRateLimiting(PublicRateLimit.Submissions)
            .WithSummary(Texts.Bilingual("onestop.api.submit_online"));
        g.MapPost("/lookup", LookupAsync).RequireRateLimiting(PublicRateLimit.Lookups)
            .WithSummary(Texts.Bilingual("onestop.api.look_up"));
        g.MapPost("/rating", RateAsync).RequireRateLimiting(PublicRateLimit.Lookups).WithSummary(Texts.Bilingual("onestop.api.rate"));
        g.MapGet("/rating-criteria", () => TypedResults.Ok(PublicLookupService.Criteria));
        return api;
    }

    /// <summary>One answer for "no such code" and "wrong phone or ID": the look-up never confirms that a code exists.</summary>
    public static ProblemHttpResult NotFound() => TypedResults.Problem(
        title: Texts.Bilingual("problem.not_found.title"),
        detail: Texts.Bilingual("onestop.web.lookup.not_found"),
        statusCode: StatusCodes.Status404NotFound,
        type: "https://saas.thanhhoa.gov.vn/problems/not-found");

    private static async Task<Results<Ok<IEnumerable<ProcedureDto>>, ProblemHttpResult>> ProceduresAsync(
        string tenant, ITenantDirectory directory, ITenantScopeFactory scopes, CancellationToken ct)
    {
        if (await ActiveAsync(directory, tenant, ct) is not { } t)
        {
            return Problems.NotFound("what.tenant");
        }
        await using var scope = scopes.CreateTenantScope(t);
        var list = await scope.ServiceProvider.GetRequiredService<CatalogueService>().ListAsync(true, ct);
        return TypedResults.Ok(list.Where(p => p.OnlineLevel >= 2).Select(ProcedureDto.From));
    }

    private static async Task<Results<Ok<PublicView>, ProblemHttpResult>> LookupAsync(LookupBody body, PublicLookupService s, CancellationToken ct) =>
        await s.LookupAsync(body.Code, body.Factor, ct) is { } view ? TypedResults.Ok(view) : NotFound();

    private static async Task<Results<Ok<RatedDto>, ValidationProblem, ProblemHttpResult>> RateAsync(RatingBody body, PublicLookupService s, CancellationToken ct)
    {
        var outcome = await s.RateAsync(body.Code, body.Factor, new RatingInput(body.Scores, body.Comment), ct);
        return outcome.Kind == OutcomeKind.NotFound ? NotFound() : outcome.ToResult("what.application", _ => new RatedDto(true));
    }

    private static async Task<TenantInfo?> ActiveAsync(ITenantDirectory directory, string slug, CancellationToken ct) =>
        await directory.FindBySlugAsync(slug, ct) is { IsActive: true } t ? t : null;

    private static async Task<Results<Created<ApplicationSummaryDto>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        string tenant, HttpRequest request, ITenantDirectory directory, ITenantScopeFactory scopes, CancellationToken ct)
    {
        if (await ActiveAsync(directory, tenant, ct) is not { } t)
        {
            return Problems.NotFound("what.tenant");
        }
        if (!request.HasFormContentType)
        {
            return ApplicationsApi.NotMultipart();
        }
        var form = await request.ReadFormAsync(ct);
        await using var scope = scopes.CreateTenantScope(t);
        var outcome = await ApplicationIntake.ForCitizen(scope.ServiceProvider).SubmitOnlineAsync(form, ct);
        if (outcome.Succeeded)
        {
            // The tenant's scope is not the request's: its unit of work commits here.
            await scope.ServiceProvider.GetRequiredService<TenantDataSession>().CommitAsync(ct);
        }
        return ApplicationsApi.Created(outcome);
    }
}

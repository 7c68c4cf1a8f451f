using Saas.Host.Infrastructure;
using Saas.OneStop;
using Saas.OneStop.Applications;
using Saas.OneStop.Catalogue;
using Saas.OneStop.Public;
using Saas.Platform.MultiTenancy;

namespace Saas.Host.OneStop;

/// <summary>
/// /api/v1/public/onestop: without login. Online submission to a named tenant, look-up and rating by application
/// code plus phone or ID number. Rate-limited per client in memory (works while Redis is down).
/// </summary>
public static class PublicOneStopEndpoints
{
    public static RouteGroupBuilder MapPublicOneStopEndpoints(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/public/onestop").AllowAnonymous().WithTags("One-stop shop: public");
        g.MapGet("/{tenant}/procedures", async (string tenant, ITenantDirectory directory, ITenantScopeFactory scopes, CancellationToken ct) =>
        {
            if (await ActiveAsync(directory, tenant, ct) is not { } t)
            {
                return Problems.NotFound("đơn vị");
            }
            await using var scope = scopes.CreateTenantScope(t);
            var list = await scope.ServiceProvider.GetRequiredService<CatalogueService>().ListAsync(true, ct);
            return Results.Ok(list.Where(p => p.OnlineLevel >= 2).Select(ProcedureDto.From));
        }).LimitLookups().WithSummary("Thủ tục nộp trực tuyến của đơn vị / Procedures open online");
        g.MapPost("/{tenant}/applications", SubmitAsync).DisableAntiforgery().LimitSubmissions()
            .WithSummary("Nộp hồ sơ trực tuyến (multipart; tệp paper.<mã giấy tờ>) / Submit online");
        g.MapPost("/lookup", async (LookupBody body, PublicLookupService s, CancellationToken ct) =>
            await s.LookupAsync(body.Code, body.Factor, ct) is { } view ? Results.Ok(view) : NotFound())
            .LimitLookups().WithSummary("Tra cứu hồ sơ bằng mã hồ sơ và số điện thoại hoặc CCCD / Look up");
        g.MapPost("/rating", async (RatingBody body, PublicLookupService s, CancellationToken ct) =>
        {
            var outcome = await s.RateAsync(body.Code, body.Factor, new RatingInput(body.Scores, body.Comment), ct);
            return outcome.Kind == OutcomeKind.NotFound ? NotFound() : outcome.ToResult("hồ sơ", _ => new { rated = true });
        }).LimitLookups().WithSummary("Đánh giá mức độ hài lòng / Rate");
        g.MapGet("/rating-criteria", () => TypedResults.Ok(PublicLookupService.Criteria));
        return api;
    }

    /// <summary>One answer for "no such code" and "wrong phone or ID": the look-up never confirms that a code exists.</summary>
    public static IResult NotFound() => TypedResults.Problem(
        title: "Không tìm thấy / Not found",
        detail: "Không tìm thấy hồ sơ với mã và số điện thoại/CCCD đã nhập. / No application matches this code and phone or ID number.",
        statusCode: StatusCodes.Status404NotFound,
        type: "https://saas.thanhhoa.gov.vn/problems/not-found");

    private static async Task<TenantInfo?> ActiveAsync(ITenantDirectory directory, string slug, CancellationToken ct) =>
        await directory.FindBySlugAsync(slug, ct) is { IsActive: true } t ? t : null;

    private static async Task<IResult> SubmitAsync(string tenant, HttpRequest request, ITenantDirectory directory, ITenantScopeFactory scopes, CancellationToken ct)
    {
        if (await ActiveAsync(directory, tenant, ct) is not { } t)
        {
            return Problems.NotFound("đơn vị");
        }
        if (!request.HasFormContentType)
        {
            return OneStopEndpoints.NotMultipart();
        }
        var form = await request.ReadFormAsync(ct);
        await using var scope = scopes.CreateTenantScope(t);
        return OneStopEndpoints.Created(await ApplicationIntake.ForCitizen(scope.ServiceProvider).SubmitOnlineAsync(form, ct));
    }
}

public sealed record LookupBody(string? Code, string? Factor);

public sealed record RatingBody(string? Code, string? Factor, Dictionary<string, int>? Scores, string? Comment);

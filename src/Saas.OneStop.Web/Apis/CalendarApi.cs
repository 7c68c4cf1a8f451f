using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Identity.Authorization;
using Saas.Identity.Memberships;
using Saas.OneStop.Calendar;
using Saas.OneStop.Catalogue;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;
using Saas.Platform.Text;

namespace Saas.OneStop.Web.Apis;

/// <summary>The province working-day calendar (platform admins) and tenant-local days (tenant admins); deadline preview.</summary>
public static class CalendarApi
{
    private const string What = "onestop.what.calendar_day";

    public static RouteGroupBuilder MapPlatformCalendarApi(this RouteGroupBuilder api)
    {
        var p = api.MapGroup("/platform/onestop/calendar").RequireAuthorization(Policies.PlatformAdmin).WithTags("Platform: working-day calendar");
        p.MapGet("/{year:int}", YearAsync);
        p.MapPost("/{year:int}/draft", DraftAsync).WithSummary(Texts.Bilingual("onestop.api.generate_next_year_s_draft"));
        p.MapPost("/{year:int}/confirm", ConfirmAsync).WithSummary(Texts.Bilingual("onestop.api.confirm_the_year"));
        p.MapPut("/days/{date}", SetDayAsync).WithSummary(Texts.Bilingual("onestop.api.set_a_day"));
        return api;
    }

    public static RouteGroupBuilder MapTenantCalendarApi(this RouteGroupBuilder onestop)
    {
        onestop.MapPut("/calendar/local-days/{date}", async Task<Results<Ok<LocalDayDto>, ValidationProblem, ProblemHttpResult>> (
            DateOnly date, DayBody body, CalendarService c, CancellationToken ct) =>
            (await c.SetLocalDayAsync(date, body.Kind ?? "", body.Name ?? "", ct)).ToResult(What, LocalDayDto.From))
            .RequireAuthorization(Policies.TenantAdmin).WithSummary(Texts.Bilingual("onestop.api.local_day"));
        onestop.MapGet("/calendar/deadline", DeadlineAsync).WithSummary(Texts.Bilingual("onestop.api.appointment_preview"));
        return onestop;
    }

    private static async Task<Ok<CalendarYearDto>> YearAsync(int year, ITenantScopeFactory scopes, CancellationToken ct)
    {
        await using var scope = scopes.CreatePlatformScope();
        var (row, days) = await Service(scope).YearAsync(year, ct);
        return TypedResults.Ok(new CalendarYearDto(year, row?.Status, row?.Source, [.. days.Select(CalendarDayDto.From)]));
    }

    private static async Task<Results<Ok<IReadOnlyList<CalendarDayDto>>, ValidationProblem, ProblemHttpResult>> DraftAsync(
        int year, ITenantScopeFactory scopes, CancellationToken ct)
    {
        await using var scope = scopes.CreatePlatformScope();
        return await CommittedAsync(scope, (await Service(scope).GenerateDraftAsync(year, ct)).ToResult(What, d => (IReadOnlyList<CalendarDayDto>)[.. d.Select(CalendarDayDto.From)]), ct);
    }

    private static async Task<Results<Ok<CalendarConfirmationDto>, ValidationProblem, ProblemHttpResult>> ConfirmAsync(
        int year, HttpContext http, ITenantScopeFactory scopes, CancellationToken ct)
    {
        await using var scope = scopes.CreatePlatformScope();
        return await CommittedAsync(scope, (await Service(scope).ConfirmAsync(year, http.User.DisplayName(), ct)).ToResult(What, CalendarConfirmationDto.From), ct);
    }

    private static async Task<Results<Ok<CalendarDayDto>, ValidationProblem, ProblemHttpResult>> SetDayAsync(
        DateOnly date, DayBody body, ITenantScopeFactory scopes, CancellationToken ct)
    {
        await using var scope = scopes.CreatePlatformScope();
        return await CommittedAsync(scope, (await Service(scope).SetDayAsync(date, body.Kind ?? "", body.Name ?? "", body.Source, ct)).ToResult(What, CalendarDayDto.From), ct);
    }

    private static async Task<Results<Ok<DeadlinePreviewDto>, ProblemHttpResult>> DeadlineAsync(
        string procedure, DateTimeOffset? receivedAt, CatalogueService catalogue, CalendarService calendar, TimeProvider clock, CancellationToken ct)
    {
        if (await catalogue.FindAsync(procedure, ct) is not { } p)
        {
            return Problems.NotFound("onestop.what.procedure");
        }
        var result = (await calendar.CalculatorAsync(ct)).Calculate(receivedAt ?? clock.GetUtcNow(), p.DeadlineRule());
        return TypedResults.Ok(new DeadlinePreviewDto(p.Code, p.TimeText, result.AppointmentAt, result.CountingStartsAt));
    }

    private static CalendarService Service(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<CalendarService>();

    /// <summary>The platform scope is not the request's: its unit of work commits here, once, after a success.</summary>
    internal static async Task<TResult> CommittedAsync<TResult>(AsyncServiceScope scope, TResult result, CancellationToken ct) where TResult : INestedHttpResult
    {
        if (result.Result is IStatusCodeHttpResult { StatusCode: < 400 })
        {
            await scope.ServiceProvider.GetRequiredService<TenantDataSession>().CommitAsync(ct);
        }
        return result;
    }
}

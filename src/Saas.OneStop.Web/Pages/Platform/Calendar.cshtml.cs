using Microsoft.AspNetCore.Mvc;
using Saas.Identity.Memberships;
using Saas.OneStop.Calendar;
using Saas.OneStop.Web.Pages;
using Saas.OneStop.Web.Pages.OneStop;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;
using Saas.Platform.Text;

namespace Saas.OneStop.Web.Pages.Platform;

/// <summary>
/// The province's working-day calendar for platform admins (the /Platform folder is authorised by convention):
/// review a year, draft next year from the lunar calendar, set single days, confirm. The calendar belongs to no
/// tenant, so every call runs in a platform scope, as the API does.
/// </summary>
public sealed class CalendarModel(ITenantScopeFactory scopes, TimeProvider clock) : OneStopPageModel
{
    public int Year { get; private set; }

    public CalendarYearRow? YearRow { get; private set; }

    public IReadOnlyList<CalendarDayRow> Days { get; private set; } = [];

    /// <summary>The year after the current one: the draft the admin prepares each autumn.</summary>
    public int NextYear { get; private set; }

    public string? NextYearStatus { get; private set; }

    /// <summary>The set-day form as posted, shown again with its errors.</summary>
    public string? DayDate { get; private set; }

    public string? DayKind { get; private set; }

    public string? DayName { get; private set; }

    public string? DaySource { get; private set; }

    public async Task OnGetAsync(int? year, CancellationToken ct) => await LoadAsync(year, ct);

    public async Task<IActionResult> OnPostDraftAsync(int year, CancellationToken ct)
    {
        await using var scope = scopes.CreatePlatformScope();
        return await After(scope, year, await Service(scope).GenerateDraftAsync(year, ct), "draft", Texts.Get("onestop.web.calendar.draft_generated", year), ct);
    }

    public async Task<IActionResult> OnPostConfirmAsync(int year, CancellationToken ct)
    {
        await using var scope = scopes.CreatePlatformScope();
        return await After(scope, year, await Service(scope).ConfirmAsync(year, User.DisplayName(), ct), "confirm", Texts.Get("onestop.web.calendar.confirmed", year), ct);
    }

    public async Task<IActionResult> OnPostDayAsync(int year, string? date, string? kind, string? name, string? source, CancellationToken ct)
    {
        (DayDate, DayKind, DayName, DaySource) = (date, kind, name, source);
        if (PageFormat.ParseDate(date) is not { } day)
        {
            Fail(new Dictionary<string, string[]> { ["date"] = [CalendarUi.DateError] }, "day");
            await LoadAsync(year, ct);
            return Page();
        }
        await using var scope = scopes.CreatePlatformScope();
        return await After(scope, day.Year, await Service(scope).SetDayAsync(day, kind ?? "", name ?? "", source, ct), "day",
            Texts.Get("onestop.web.calendar.day_saved", PageFormat.Date(day)), ct);
    }

    private static CalendarService Service(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<CalendarService>();

    /// <summary>Post/redirect/get to the year concerned; on refusal the page again with the errors under the form.</summary>
    private async Task<IActionResult> After<T>(AsyncServiceScope scope, int year, Outcome<T> outcome, string action, string flash, CancellationToken ct)
    {
        if (outcome.Succeeded)
        {
            // The platform scope is not the request's: its unit of work commits here.
            await scope.ServiceProvider.GetRequiredService<TenantDataSession>().CommitAsync(ct);
            TempData["Flash"] = flash;
            return Redirect($"{Request.PathBase}/platform/calendar?year={year}");
        }
        Fail(outcome, action);
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            ActionError = Texts.Get("onestop.web.calendar.no_year", year);
        }
        await LoadAsync(year, ct);
        return Page();
    }

    private async Task LoadAsync(int? year, CancellationToken ct)
    {
        Year = CalendarUi.Year(year, clock);
        NextYear = CalendarUi.Year(null, clock) + 1;
        await using var scope = scopes.CreatePlatformScope();
        var service = Service(scope);
        (YearRow, Days) = await service.YearAsync(Year, ct);
        NextYearStatus = NextYear == Year ? YearRow?.Status : (await service.YearAsync(NextYear, ct)).Year?.Status;
    }
}

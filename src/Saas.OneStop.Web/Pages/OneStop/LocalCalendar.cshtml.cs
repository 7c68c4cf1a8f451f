using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Saas.Identity.Authorization;
using Saas.OneStop.Calendar;
using Saas.OneStop.Web.Pages;

namespace Saas.OneStop.Web.Pages.OneStop;

/// <summary>
/// The tenant admin's own days over the province calendar (a local festival, a make-up day): they move this
/// tenant's appointment dates only. The province's days of the year are shown alongside, read-only.
/// </summary>
[Authorize(Policy = Policies.TenantAdmin)]
public sealed class LocalCalendarModel(CalendarService calendar, TimeProvider clock) : OneStopPageModel
{
    public int Year { get; private set; }

    public IReadOnlyList<LocalCalendarDay> LocalDays { get; private set; } = [];

    public IReadOnlyList<CalendarDayRow> ProvinceDays { get; private set; } = [];

    public string? DayDate { get; private set; }

    public string? DayKind { get; private set; }

    public string? DayName { get; private set; }

    public async Task OnGetAsync(int? year, CancellationToken ct) => await LoadAsync(year, ct);

    public async Task<IActionResult> OnPostAsync(int? year, string? date, string? kind, string? name, CancellationToken ct)
    {
        (DayDate, DayKind, DayName) = (date, kind, name);
        if (PageFormat.ParseDate(date) is not { } day)
        {
            Fail(new Dictionary<string, string[]> { ["date"] = [CalendarUi.DateError] }, "day");
            await LoadAsync(year, ct);
            return Page();
        }
        var outcome = await calendar.SetLocalDayAsync(day, kind ?? "", name ?? "", ct);
        if (!outcome.Succeeded)
        {
            Fail(outcome, "day");
            await LoadAsync(year, ct);
            return Page();
        }
        TempData["Flash"] = Saas.Platform.Text.Texts.Get("onestop.web.calendar.day_saved", PageFormat.Date(day));
        return Redirect($"{Request.PathBase}/onestop/calendar?year={day.Year}");
    }

    private async Task LoadAsync(int? year, CancellationToken ct)
    {
        Year = CalendarUi.Year(year, clock);
        LocalDays = await calendar.LocalDaysAsync(Year, ct);
        ProvinceDays = (await calendar.YearAsync(Year, ct)).Days;
    }
}

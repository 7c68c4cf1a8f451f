using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Saas.Identity.Authorization;
using Saas.OneStop.Applications;
using Saas.OneStop.Web.Pages;

namespace Saas.OneStop.Web.Pages.OneStop;

/// <summary>Sổ theo dõi hồ sơ (form 07) for a period, on screen and as an Excel workbook.</summary>
[Authorize(Policy = Policies.TenantMember)]
public sealed class TrackingBookModel(ApplicationQueries queries, Saas.OneStop.Web.Forms.TrackingBook book, TimeProvider clock) : OneStopPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public IReadOnlyList<Application> Rows { get; private set; } = [];

    public bool Truncated { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Page();
        }
        return File(book.Excel(Rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "so-theo-doi-ho-so.xlsx");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var today = Saas.Calendar.VietnamTime.Today(clock);
        var from = Parse(nameof(From), From) ?? new DateOnly(today.Year, today.Month, 1);
        var to = Parse(nameof(To), To) ?? today;
        From = PageFormat.Date(from);
        To = PageFormat.Date(to);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return false;
        }
        var page = await queries.ListAsync(new ApplicationQuery(From: from, To: to, Size: 500), ct);
        Rows = page.Items;
        Truncated = page.HasMore;
        return true;
    }

    private DateOnly? Parse(string field, string? text)
    {
        var date = PageFormat.ParseDate(text);
        if (date is null && !string.IsNullOrWhiteSpace(text))
        {
            Errors[field.ToLowerInvariant()] = [Saas.Platform.Text.Texts.Get(CalendarUi.DateError)];
        }
        return date;
    }
}

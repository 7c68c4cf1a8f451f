using Microsoft.AspNetCore.Http.HttpResults;
using Saas.OneStop.Applications;
using Saas.OneStop.Web.Forms;
using Saas.Platform.Text;

namespace Saas.OneStop.Web.Apis;

/// <summary>The legal paperwork of an application (forms 01–06) and the tracking book (form 07).</summary>
public static class ApplicationFormsApi
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static RouteGroupBuilder MapApplicationFormsApi(this RouteGroupBuilder onestop)
    {
        onestop.MapGet("/applications/{id:guid}/forms/{form}", FormAsync)
            .Produces<byte[]>(StatusCodes.Status200OK, "application/pdf").Produces<string>(StatusCodes.Status200OK, "text/html")
            .WithSummary(Texts.Bilingual("onestop.api.forms_01_06_as_printable_html_or_pdf"));
        onestop.MapGet("/tracking-book", TrackingBookAsync).Produces<byte[]>(StatusCodes.Status200OK, Xlsx)
            .WithSummary(Texts.Bilingual("onestop.api.tracking_book"));
        return onestop;
    }

    private static async Task<Results<FileContentHttpResult, ContentHttpResult, ProblemHttpResult>> FormAsync(
        Guid id, string form, string? format, ApplicationQueries q, OneStopForms forms, CancellationToken ct)
    {
        if (await q.DetailsAsync(id, ct) is not { } a || OneStopForms.Content(form, a) is null)
        {
            return Problems.NotFound("onestop.what.form");
        }
        return format == "pdf"
            ? TypedResults.File(forms.Pdf(form, a)!, "application/pdf", $"mau-{form}-{a.Code}.pdf")
            : TypedResults.Content(forms.Render(form, a), "text/html; charset=utf-8");
    }

    private static async Task<Results<FileContentHttpResult, Ok<IEnumerable<TrackingRowDto>>>> TrackingBookAsync(
        DateOnly? from, DateOnly? to, string? format, ApplicationQueries q, TrackingBook book, CancellationToken ct)
    {
        var page = await q.ListAsync(new ApplicationQuery(From: from, To: to, Size: 500), ct);
        return format == "xlsx"
            ? TypedResults.File(book.Excel(page.Items), Xlsx, "so-theo-doi-ho-so.xlsx")
            : TypedResults.Ok(page.Items.Select(TrackingRowDto.From));
    }
}

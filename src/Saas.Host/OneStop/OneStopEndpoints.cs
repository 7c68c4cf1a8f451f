using Saas.Host.Documents;
using Saas.Host.Infrastructure;
using Saas.Identity.Authorization;
using Saas.OneStop;
using Saas.OneStop.Applications;
using Saas.OneStop.Catalogue;
using Saas.OneStop.Processing;

namespace Saas.Host.OneStop;

/// <summary>/api/v1/onestop: catalogue, reception, processing, results, tracking book, for the officers of the current tenant.</summary>
public static class OneStopEndpoints
{
    public static RouteGroupBuilder MapOneStopEndpoints(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/onestop").RequireAuthorization(Policies.TenantMember).WithTags("One-stop shop")
            .WithRowVersion("procedure", "code").WithRowVersion("application", "id");
        g.MapGet("/procedures", async (CatalogueService s, CancellationToken ct) => TypedResults.Ok((await s.ListAsync(false, ct)).Select(ProcedureDto.From)))
            .WithSummary("Danh mục thủ tục hành chính / Procedure catalogue");
        g.MapGet("/procedures/{code}", async (string code, CatalogueService s, CancellationToken ct) =>
            await s.FindAsync(code, ct) is { } p ? Results.Ok(ProcedureDto.From(p)) : Problems.NotFound("thủ tục"));
        g.MapPut("/procedures/{code}", async (string code, ProcedureUpdate body, CatalogueService s, CancellationToken ct) =>
            (await s.UpdateAsync(code, body, ct)).ToResult("thủ tục", ProcedureDto.From)).WithSummary("Sửa thủ tục (quản trị đơn vị) / Edit a procedure");

        g.MapGet("/applications", async ([AsParameters] ApplicationListParameters p, ApplicationQueries q, CancellationToken ct) =>
        {
            var page = await q.ListAsync(new ApplicationQuery(p.Q, p.Status, p.View, p.From, p.To, p.Page ?? 1, p.Size ?? 50), ct);
            return TypedResults.Ok(new { items = page.Items.Select(ApplicationSummaryDto.From), page.Page, page.Size, page.HasMore });
        }).WithSummary("Hồ sơ: view=queue (hàng chờ), mine (của tôi), overdue (quá hạn) / Applications");
        g.MapPost("/applications", ReceiveAsync).DisableAntiforgery()
            .WithSummary("Tiếp nhận hồ sơ tại bộ phận một cửa (multipart; tệp paper.<mã giấy tờ>) / Receive at the counter");
        g.MapGet("/applications/{id:guid}", async (Guid id, ApplicationQueries q, CancellationToken ct) =>
            await q.DetailsAsync(id, ct) is { } a ? Results.Ok(ApplicationDto.From(a)) : Problems.NotFound("hồ sơ"));
        g.MapGet("/applications/{id:guid}/notifications", async (Guid id, ApplicationQueries q, CancellationToken ct) =>
            TypedResults.Ok(await q.NotificationsAsync(id, ct)));
        g.MapPost("/applications/{id:guid}/accept", (Guid id, ReceptionService s, CancellationToken ct) => Run(s.AcceptOnlineAsync(id, ct)))
            .WithSummary("Tiếp nhận hồ sơ trực tuyến / Accept an online application");
        g.MapPost("/applications/{id:guid}/refuse", (Guid id, NoteBody b, ReceptionService s, CancellationToken ct) => Run(s.RefuseOnlineAsync(id, b.Reason ?? b.Note, ct)))
            .WithSummary("Từ chối tiếp nhận (mẫu 03) / Refuse");
        g.MapPost("/applications/{id:guid}/forward", (Guid id, ForwardInput b, ProcessingService s, CancellationToken ct) => Run(s.ForwardAsync(id, b, ct)))
            .WithSummary("Chuyển bước tiếp theo (có thể sang đơn vị khác) / Hand over to the next step");
        g.MapPost("/applications/{id:guid}/complete", CompleteAsync).DisableAntiforgery()
            .WithSummary("Đã xử lý xong, đính kèm kết quả (multipart) / Done, with result documents");
        g.MapPost("/applications/{id:guid}/return", (Guid id, ReturnInput b, ProcessingService s, CancellationToken ct) => Run(s.ReturnAsync(id, b, ct)))
            .WithSummary("Trả kết quả / Return the result");
        g.MapPost("/applications/{id:guid}/supplement-request", (Guid id, NoteBody b, ProcessingService s, CancellationToken ct) => Run(s.RequestSupplementAsync(id, b.Reason ?? b.Note, ct)))
            .WithSummary("Yêu cầu bổ sung (mẫu 02) / Request a supplement");
        g.MapPost("/applications/{id:guid}/supplement-complete", SupplementAsync).DisableAntiforgery()
            .WithSummary("Nhận hồ sơ bổ sung (multipart) / Supplement received");
        g.MapPost("/applications/{id:guid}/financial-request", (Guid id, NoteBody b, ProcessingService s, CancellationToken ct) => Run(s.RequestFinancialAsync(id, b.Note, ct)));
        g.MapPost("/applications/{id:guid}/financial-paid", (Guid id, NoteBody b, ProcessingService s, CancellationToken ct) => Run(s.FinancialPaidAsync(id, b.Note, ct)));
        g.MapPost("/applications/{id:guid}/withdraw", (Guid id, NoteBody b, ProcessingService s, CancellationToken ct) => Run(s.WithdrawAsync(id, b.Reason ?? b.Note, ct)));
        g.MapPost("/applications/{id:guid}/stop", (Guid id, NoteBody b, ProcessingService s, CancellationToken ct) => Run(s.StopAsync(id, b.Reason ?? b.Note, ct)))
            .WithSummary("Dừng xử lý (mẫu 05) / Stop");
        g.MapPost("/applications/{id:guid}/apology", (Guid id, ApologyInput b, ProcessingService s, CancellationToken ct) => Run(s.ApologyAsync(id, b, ct)))
            .WithSummary("Văn bản xin lỗi, hẹn lại ngày trả (mẫu 04) / Apology with a new date");
        g.MapGet("/applications/{id:guid}/forms/{form}", async (Guid id, string form, string? format, ApplicationQueries q, OneStopForms forms, CancellationToken ct) =>
            await q.DetailsAsync(id, ct) is { } a && OneStopForms.Content(form, a) is not null
                ? format == "pdf"
                    ? Results.File(forms.Pdf(form, a)!, "application/pdf", $"mau-{form}-{a.Code}.pdf")
                    : Results.Content(forms.Render(form, a), "text/html; charset=utf-8")
                : Problems.NotFound("biểu mẫu"))
            .WithSummary("Biểu mẫu 01–06: HTML để in, format=pdf để tải PDF / Forms 01–06 as printable HTML or PDF");
        g.MapGet("/tracking-book", async (DateOnly? from, DateOnly? to, string? format, ApplicationQueries q, TrackingBook book, CancellationToken ct) =>
        {
            var page = await q.ListAsync(new ApplicationQuery(From: from, To: to, Size: 500), ct);
            return format == "xlsx"
                ? Results.File(book.Excel(page.Items), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "so-theo-doi-ho-so.xlsx")
                : Results.Ok(page.Items.Select(TrackingBook.Row));
        }).WithSummary("Sổ theo dõi hồ sơ (mẫu 07), format=xlsx / Tracking book");
        return api;
    }

    private static async Task<IResult> Run(Task<Outcome<Application>> op) => (await op).ToResult("hồ sơ", a => ApplicationSummaryDto.From(a));

    private static async Task<IResult> ReceiveAsync(HttpRequest request, ApplicationIntake intake, CancellationToken ct) =>
        !request.HasFormContentType ? NotMultipart() : Created(await intake.ReceiveAtCounterAsync(await request.ReadFormAsync(ct), ct));

    private static async Task<IResult> CompleteAsync(Guid id, HttpRequest request, ProcessingService processing, ApplicationIntake intake, CancellationToken ct)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync(ct) : null;
        var outcome = await intake.WithFilesAsync(form, papers => processing.CompleteAsync(id, form?["note"].ToString(), papers, ct), ct);
        return outcome.ToResult("hồ sơ", a => ApplicationSummaryDto.From(a));
    }

    private static async Task<IResult> SupplementAsync(Guid id, HttpRequest request, ProcessingService processing, ApplicationIntake intake, CancellationToken ct)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync(ct) : null;
        var note = form?["note"].ToString() is { Length: > 0 } n ? n : null;
        var outcome = await intake.WithFilesAsync(form, papers => processing.CompleteSupplementAsync(id, note, papers, ct), ct);
        return outcome.ToResult("hồ sơ", a => ApplicationSummaryDto.From(a));
    }

    internal static IResult NotMultipart() =>
        Problems.Validation(new Dictionary<string, string[]> { ["body"] = ["Gửi dạng multipart/form-data / Send multipart/form-data"] });

    internal static IResult Created(Outcome<Application> outcome) => outcome.Succeeded
        ? TypedResults.Created($"/api/v1/onestop/applications/{outcome.Value!.Id}", ApplicationSummaryDto.From(outcome.Value))
        : outcome.ToResult("hồ sơ", a => a);
}

public sealed record NoteBody(string? Note, string? Reason);

public sealed record ApplicationListParameters(string? Q, short? Status, string? View, DateOnly? From, DateOnly? To, int? Page, int? Size);

/// <summary>Typed multipart fields of the one-stop forms.</summary>
public sealed class OneStopFormFields(IFormCollection form, FieldErrors errors)
{
    public string? Text(string name) => form.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.ToString().Trim() : null;

    public short? Short(string name)
    {
        var text = Text(name);
        if (text is null)
        {
            return null;
        }
        if (short.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var s))
        {
            return s;
        }
        errors.Add(name, "Phải là số nguyên / Must be a whole number");
        return null;
    }

    public IReadOnlyList<string> List(string name) =>
        form.TryGetValue(name, out var v) ? v.SelectMany(x => (x ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList() : [];

    public ApplicantInput Applicant() => new(Text("procedureCode"), Text("name"), Text("idNumber"), Text("phone"), Text("email"), Text("address"), Text("content"));
}

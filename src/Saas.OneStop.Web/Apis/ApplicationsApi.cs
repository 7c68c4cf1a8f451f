using Microsoft.AspNetCore.Http.HttpResults;
using Saas.OneStop.Applications;
using Saas.OneStop.Processing;
using Saas.OneStop.Web.Intake;

namespace Saas.OneStop.Web.Apis;

/// <summary>/api/v1/onestop/applications: reception, processing and results, for the officers of the current tenant.</summary>
public static class ApplicationsApi
{
    private const string What = "what.application";

    public static RouteGroupBuilder MapApplicationsApi(this RouteGroupBuilder onestop)
    {
        onestop.MapGet("/applications", ListAsync).WithSummary("Hồ sơ: view=queue (hàng chờ), mine (của tôi), overdue (quá hạn) / Applications");
        onestop.MapPost("/applications", ReceiveAsync).DisableAntiforgery()
            .WithSummary("Tiếp nhận hồ sơ tại bộ phận một cửa (multipart; tệp paper.<mã giấy tờ>) / Receive at the counter");
        onestop.MapGet("/applications/{id:guid}", DetailsAsync);
        onestop.MapGet("/applications/{id:guid}/notifications", async (Guid id, ApplicationQueries q, CancellationToken ct) =>
            TypedResults.Ok((await q.NotificationsAsync(id, ct)).Select(CitizenNotificationDto.From)));
        onestop.MapPost("/applications/{id:guid}/accept", (Guid id, ReceptionService s, CancellationToken ct) => Run(s.AcceptOnlineAsync(id, ct)))
            .WithSummary("Tiếp nhận hồ sơ trực tuyến / Accept an online application");
        onestop.MapPost("/applications/{id:guid}/refuse", (Guid id, NoteBody b, ReceptionService s, CancellationToken ct) => Run(s.RefuseOnlineAsync(id, b.Reason ?? b.Note, ct)))
            .WithSummary("Từ chối tiếp nhận (mẫu 03) / Refuse");
        onestop.MapPost("/applications/{id:guid}/forward", (Guid id, ForwardInput b, ProcessingService s, CancellationToken ct) => Run(s.ForwardAsync(id, b, ct)))
            .WithSummary("Chuyển bước tiếp theo (có thể sang đơn vị khác) / Hand over to the next step");
        onestop.MapPost("/applications/{id:guid}/complete", CompleteAsync).DisableAntiforgery()
            .WithSummary("Đã xử lý xong, đính kèm kết quả (multipart) / Done, with result documents");
        onestop.MapPost("/applications/{id:guid}/return", (Guid id, ReturnInput b, ProcessingService s, CancellationToken ct) => Run(s.ReturnAsync(id, b, ct)))
            .WithSummary("Trả kết quả / Return the result");
        onestop.MapPost("/applications/{id:guid}/supplement-request", (Guid id, NoteBody b, ProcessingService s, CancellationToken ct) => Run(s.RequestSupplementAsync(id, b.Reason ?? b.Note, ct)))
            .WithSummary("Yêu cầu bổ sung (mẫu 02) / Request a supplement");
        onestop.MapPost("/applications/{id:guid}/supplement-complete", SupplementAsync).DisableAntiforgery()
            .WithSummary("Nhận hồ sơ bổ sung (multipart) / Supplement received");
        onestop.MapPost("/applications/{id:guid}/financial-request", (Guid id, NoteBody b, ProcessingService s, CancellationToken ct) => Run(s.RequestFinancialAsync(id, b.Note, ct)));
        onestop.MapPost("/applications/{id:guid}/financial-paid", (Guid id, NoteBody b, ProcessingService s, CancellationToken ct) => Run(s.FinancialPaidAsync(id, b.Note, ct)));
        onestop.MapPost("/applications/{id:guid}/withdraw", (Guid id, NoteBody b, ProcessingService s, CancellationToken ct) => Run(s.WithdrawAsync(id, b.Reason ?? b.Note, ct)));
        onestop.MapPost("/applications/{id:guid}/stop", (Guid id, NoteBody b, ProcessingService s, CancellationToken ct) => Run(s.StopAsync(id, b.Reason ?? b.Note, ct)))
            .WithSummary("Dừng xử lý (mẫu 05) / Stop");
        onestop.MapPost("/applications/{id:guid}/apology", (Guid id, ApologyInput b, ProcessingService s, CancellationToken ct) => Run(s.ApologyAsync(id, b, ct)))
            .WithSummary("Văn bản xin lỗi, hẹn lại ngày trả (mẫu 04) / Apology with a new date");
        return onestop;
    }

    private static async Task<Ok<ApplicationPageDto>> ListAsync([AsParameters] ApplicationListParameters p, ApplicationQueries q, CancellationToken ct)
    {
        var page = await q.ListAsync(new ApplicationQuery(p.Q, p.Status, p.View, p.From, p.To, p.Page ?? 1, p.Size ?? 50), ct);
        return TypedResults.Ok(new ApplicationPageDto([.. page.Items.Select(ApplicationSummaryDto.From)], page.Page, page.Size, page.HasMore));
    }

    private static async Task<Results<Ok<ApplicationDto>, ProblemHttpResult>> DetailsAsync(Guid id, ApplicationQueries q, CancellationToken ct) =>
        await q.DetailsAsync(id, ct) is { } a ? TypedResults.Ok(ApplicationDto.From(a)) : Problems.NotFound(What);

    private static async Task<Results<Ok<ApplicationSummaryDto>, ValidationProblem, ProblemHttpResult>> Run(Task<Outcome<Application>> op) =>
        (await op).ToResult(What, ApplicationSummaryDto.From);

    private static async Task<Results<Created<ApplicationSummaryDto>, ValidationProblem, ProblemHttpResult>> ReceiveAsync(
        HttpRequest request, ApplicationIntake intake, CancellationToken ct) =>
        !request.HasFormContentType ? NotMultipart() : Created(await intake.ReceiveAtCounterAsync(await request.ReadFormAsync(ct), ct));

    private static async Task<Results<Ok<ApplicationSummaryDto>, ValidationProblem, ProblemHttpResult>> CompleteAsync(
        Guid id, HttpRequest request, ProcessingService processing, ApplicationIntake intake, CancellationToken ct)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync(ct) : null;
        return (await intake.WithFilesAsync(form, papers => processing.CompleteAsync(id, form?["note"].ToString(), papers, ct), ct)).ToResult(What, ApplicationSummaryDto.From);
    }

    private static async Task<Results<Ok<ApplicationSummaryDto>, ValidationProblem, ProblemHttpResult>> SupplementAsync(
        Guid id, HttpRequest request, ProcessingService processing, ApplicationIntake intake, CancellationToken ct)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync(ct) : null;
        var note = form?["note"].ToString() is { Length: > 0 } n ? n : null;
        return (await intake.WithFilesAsync(form, papers => processing.CompleteSupplementAsync(id, note, papers, ct), ct)).ToResult(What, ApplicationSummaryDto.From);
    }

    internal static ValidationProblem NotMultipart() =>
        Problems.Validation(new Dictionary<string, string[]> { ["body"] = ["onestop.web.body.multipart"] });

    internal static Results<Created<ApplicationSummaryDto>, ValidationProblem, ProblemHttpResult> Created(Outcome<Application> outcome) => outcome.Kind switch
    {
        OutcomeKind.Ok => TypedResults.Created($"/api/v1/onestop/applications/{outcome.Value!.Id}", ApplicationSummaryDto.From(outcome.Value)),
        OutcomeKind.Invalid => Problems.Validation(outcome.Errors),
        _ => outcome.Problem(What),
    };
}

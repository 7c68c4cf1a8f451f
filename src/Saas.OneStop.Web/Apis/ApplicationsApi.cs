using Microsoft.AspNetCore.Http.HttpResults;
using Saas.OneStop.Applications;
using Saas.OneStop.Processing;
using Saas.OneStop.Web.Intake;
using Saas.Platform.Text;

namespace Saas.OneStop.Web.Apis;

/// <summary>/api/v1/onestop/applications: reception, processing and results, for the officers of the current tenant.</summary>
public static class ApplicationsApi
{
    private const string What = "what.application";

    public static RouteGroupBuilder MapApplicationsApi(this RouteGroupBuilder onestop)
    {
        onestop.MapGet("/applications", ListAsync).WithSummary(Texts.Bilingual("onestop.api.applications"));
        onestop.MapPost("/applications", ReceiveAsync).DisableAntiforgery()
            .WithSummary(Texts.Bilingual("onestop.api.receive_at_the_counter"));
        onestop.MapGet("/applications/{id:guid}", DetailsAsync);
        onestop.MapGet("/applications/{id:guid}/notifications", async (Guid id, ApplicationQueries q, CancellationToken ct) =>
            TypedResults.Ok((await q.NotificationsAsync(id, ct)).Select(CitizenNotificationDto.From)));
        onestop.MapPost("/applications/{id:guid}/accept", (Guid id, ReceptionService s, CancellationToken ct) => Run(s.AcceptOnlineAsync(id, ct)))
            .WithSummary(Texts.Bilingual("onestop.api.accept_an_online_application"));
        onestop.MapPost("/applications/{id:guid}/refuse", (Guid id, NoteBody b, ReceptionService s, CancellationToken ct) => Run(s.RefuseOnlineAsync(id, b.Reason ?? b.Note, ct)))
            .WithSummary(Texts.Bilingual("onestop.api.refuse"));
        onestop.MapPost("/applications/{id:guid}/forward", (Guid id, ForwardInput b, ProcessingService s, CancellationToken ct) => Run(s.ForwardAsync(id, b, ct)))
            .WithSummary(Texts.Bilingual("onestop.api.hand_over_to_the_next_step"));
        onestop.MapPost("/applications/{id:guid}/complete", CompleteAsync).DisableAntiforgery()
            .WithSummary(Texts.Bilingual("onestop.api.done_with_result_documents"));
        onestop.MapPost("/applications/{id:guid}/return", (Guid id, ReturnInput b, ProcessingService s, CancellationToken ct) => Run(s.ReturnAsync(id, b, ct)))
            .WithSummary(Texts.Bilingual("onestop.api.return_the_result"));
        onestop.MapPost("/applications/{id:guid}/supplement-request", (Guid id, NoteBody b, ProcessingService s, CancellationToken ct) => Run(s.RequestSupplementAsync(id, b.Reason ?? b.Note, ct)))
            .WithSummary(Texts.Bilingual("onestop.api.request_a_supplement"));
        onestop.MapPost("/applications/{id:guid}/supplement-complete", SupplementAsync).DisableAntiforgery()
            .WithSummary(Texts.Bilingual("onestop.api.supplement_received"));
        onestop.MapPost("/applications/{id:guid}/financial-request", (Guid id, NoteBody b, ProcessingService s, CancellationToken ct) => Run(s.RequestFinancialAsync(id, b.Note, ct)));
        onestop.MapPost("/applications/{id:guid}/financial-paid", (Guid id, NoteBody b, ProcessingService s, CancellationToken ct) => Run(s.FinancialPaidAsync(id, b.Note, ct)));
        onestop.MapPost("/applications/{id:guid}/withdraw", (Guid id, NoteBody b, ProcessingService s, CancellationToken ct) => Run(s.WithdrawAsync(id, b.Reason ?? b.Note, ct)));
        onestop.MapPost("/applications/{id:guid}/stop", (Guid id, NoteBody b, ProcessingService s, CancellationToken ct) => Run(s.StopAsync(id, b.Reason ?? b.Note, ct)))
            .WithSummary(Texts.Bilingual("onestop.api.stop"));
        onestop.MapPost("/applications/{id:guid}/apology", (Guid id, ApologyInput b, ProcessingService s, CancellationToken ct) => Run(s.ApologyAsync(id, b, ct)))
            .WithSummary(Texts.Bilingual("onestop.api.apology_with_a_new_date"));
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

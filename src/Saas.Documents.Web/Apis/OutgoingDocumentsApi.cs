using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Documents.Attachments;
using Saas.Documents.Outgoing;
using Saas.Documents.Search;
using Saas.Identity.Authorization;
using Saas.Web.Input;

namespace Saas.Documents.Web.Apis;

/// <summary>/api/v1/outgoing-documents: văn bản đi.</summary>
public static class OutgoingDocumentsApi
{
    public static RouteGroupBuilder MapOutgoingDocumentsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/outgoing-documents").RequireAuthorization(Policies.TenantMember).WithTags("Outgoing documents").WithRowVersion("outgoing", visible: async (sp, id, ct) =>
            Guid.TryParse(id, out var g) && await sp.GetRequiredService<DocumentDetailsService>().OutgoingAsync(g, ct) is not null);
        g.MapGet("/", async ([AsParameters] DocumentQueryParameters p, DocumentSearchService search, CancellationToken ct) =>
            TypedResults.Ok(await search.OutgoingAsync(p.ToQuery(), ct))).Summary("documents.api.outgoing.list");
        g.MapPost("/", CreateAsync).DisableAntiforgery().Summary("documents.api.outgoing.create");
        g.MapGet("/{id:guid}", GetAsync).Summary("documents.api.outgoing.get");
        g.MapPost("/{id:guid}/versions", AddVersionAsync).DisableAntiforgery().Summary("documents.api.outgoing.version");
        g.MapPost("/{id:guid}/submit", (Guid id, OutgoingDocumentService s, CancellationToken ct) => Run(s.SubmitAsync(id, ct))).Summary("documents.api.outgoing.submit");
        g.MapPost("/{id:guid}/approve", (Guid id, DecisionRequest body, OutgoingDocumentService s, CancellationToken ct) => Run(s.ApproveAsync(id, body, ct)))
            .Summary("documents.api.outgoing.approve");
        g.MapPost("/{id:guid}/return", (Guid id, DecisionRequest body, OutgoingDocumentService s, CancellationToken ct) => Run(s.ReturnForEditAsync(id, body, ct)))
            .Summary("documents.api.outgoing.return");
        g.MapPost("/{id:guid}/sign", SignAsync).DisableAntiforgery().Summary("documents.api.outgoing.sign");
        g.MapPost("/{id:guid}/issue", (Guid id, IssueRequest body, OutgoingDocumentService s, CancellationToken ct) => Run(s.IssueAsync(id, body, ct)))
            .Summary("documents.api.outgoing.issue");
        g.MapPost("/{id:guid}/recall", (Guid id, RecallRequest body, OutgoingDocumentService s, CancellationToken ct) => Run(s.RecallAsync(id, body, ct)))
            .Summary("documents.api.outgoing.recall");
        g.MapPost("/{id:guid}/replacement", ReplacementAsync).WithMetadata(new AnswersWithAnotherItem()).Summary("documents.api.outgoing.replacement");
        return api;
    }

    private static async Task<Results<Ok<OutgoingDto>, ProblemHttpResult>> GetAsync(Guid id, DocumentDetailsService details, CancellationToken ct) =>
        await details.ViewOutgoingAsync(id, ct) is { } x ? TypedResults.Ok(OutgoingDto.From(x)) : Problems.NotFound("what.document");

    private static async Task<Results<Ok<OutgoingDto>, ValidationProblem, ProblemHttpResult>> Run(Task<Outcome<OutgoingDocument>> operation) =>
        (await operation).ToResult(d => OutgoingDto.From(d));

    private static async Task<Results<Ok<OutgoingDto>, ValidationProblem, ProblemHttpResult>> ReplacementAsync(
        Guid id, OutgoingDocumentService s, DocumentDetailsService details, CancellationToken ct)
    {
        if (await details.OutgoingAsync(id, ct) is not { } old)
        {
            return Problems.NotFound("what.document");
        }
        var d = old.Document;
        var outcome = await s.CreateDraftAsync(new OutgoingInput(d.DocumentTypeCode, d.Subject, d.Urgency, d.Secrecy, d.DraftingUnit, d.PageCount, d.DueDate), [], id, ct);
        return outcome.ToResult(x => OutgoingDto.From(x));
    }

    private static async Task<Results<Created<OutgoingDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpRequest request, OutgoingDocumentService service, DocumentFileStaging staging, DraftRenditions renditions, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["body"] = ["documents.api.send_multipart"] });
        }
        var form = await request.ReadFormAsync(ct);
        var errors = new FieldErrors();
        var f = new FormFields(form, errors);
        var input = new OutgoingInput(f.Text("documentTypeCode"), f.Text("subject"), f.Short("urgency"), f.Short("secrecy"), f.Text("draftingUnit"),
            f.Int("pageCount"), f.Date("dueDate"));
        if (errors.Any)
        {
            return Problems.Validation(errors.ToDictionary());
        }
        // Metadata first: an invalid draft must not leave its files behind.
        var probe = await service.CreateDraftAsync(input, [], null, ct, dryRun: true, fileCount: form.Files.GetFiles("files").Count);
        if (!probe.Succeeded)
        {
            return probe.Kind == OutcomeKind.Invalid ? Problems.Validation(probe.Errors) : probe.Problem("what.document");
        }
        var staged = await staging.StageAsync(form.Files.GetFiles("files"), "files", ct);
        if (!staged.Succeeded)
        {
            return Problems.Validation(staged.Errors);
        }
        var rendered = await renditions.AddAsync(staged.Files, ct);
        if (!rendered.Succeeded)
        {
            await staging.DiscardAsync(staged.Files, ct);
            return Problems.Conversion(rendered.Failure!.Value);
        }
        var outcome = await OrDiscardAsync(staging, rendered.Files, () => service.CreateDraftAsync(input, rendered.Files, null, ct), ct);
        if (!outcome.Succeeded)
        {
            return outcome.Kind == OutcomeKind.Invalid ? Problems.Validation(outcome.Errors) : outcome.Problem("what.document");
        }
        return TypedResults.Created($"/api/v1/outgoing-documents/{outcome.Value!.Id}", OutgoingDto.From(outcome.Value));
    }

    private static async Task<Results<Ok<OutgoingDto>, ValidationProblem, ProblemHttpResult>> AddVersionAsync(
        Guid id, HttpRequest request, OutgoingDocumentService service, DocumentFileStaging staging, DraftRenditions renditions, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["file"] = ["documents.api.send_file_multipart"] });
        }
        var form = await request.ReadFormAsync(ct);
        var files = form.Files.GetFiles("file");
        if (files.Count != 1)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["file"] = ["documents.api.exactly_one_file"] });
        }
        if (await service.FileRefusalAsync(id, "file", ct) is { } refused)
        {
            return refused.Kind == OutcomeKind.Invalid ? Problems.Validation(refused.Errors) : refused.Problem("what.document");
        }
        var staged = await staging.StageAsync(files, "file", ct);
        if (!staged.Succeeded)
        {
            return Problems.Validation(staged.Errors);
        }
        var rendered = await renditions.AddAsync(staged.Files, ct);
        if (!rendered.Succeeded)
        {
            await staging.DiscardAsync(staged.Files, ct);
            return Problems.Conversion(rendered.Failure!.Value);
        }
        return (await OrDiscardAsync(staging, rendered.Files, () => service.AddVersionAsync(id, rendered.Files[0], ct), ct)).ToResult(d => OutgoingDto.From(d));
    }

    private static async Task<Results<Ok<OutgoingDto>, ValidationProblem, ProblemHttpResult, InputProblemResult>> SignAsync(
        Guid id, HttpRequest request, OutgoingDocumentService service, DocumentFileStaging staging, CancellationToken ct)
    {
        SignRequest body;
        IReadOnlyList<StagedFile> files = [];
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            var f = new FormFields(form, new FieldErrors());
            body = new SignRequest(f.Text("signingAuthority"), f.Text("signerName"), f.Text("signerPosition"));
            var dry = await service.SignAsync(id, body, null, ct, dryRun: true, withFile: form.Files.GetFiles("signedFile").Count > 0);
            if (!dry.Succeeded)
            {
                return dry.Kind == OutcomeKind.Invalid ? Problems.Validation(dry.Errors) : dry.Problem("what.document");
            }
            var staged = await staging.StageAsync(form.Files.GetFiles("signedFile"), "signedFile", ct, maxFiles: 1);
            if (!staged.Succeeded)
            {
                return Problems.Validation(staged.Errors);
            }
            files = staged.Files;
        }
        else if (request.ContentLength is 0 || request.ContentLength is null && string.IsNullOrEmpty(request.ContentType))
        {
            body = new SignRequest(null, null, null);
        }
        else if (request.HasJsonContentType())
        {
            // Read by hand (the body may be a form instead), so the input layer's rules are applied by hand too.
            body = await request.ReadFromJsonAsync<SignRequest>(ct) ?? new SignRequest(null, null, null);
            var errors = new List<InputError>();
            BodyInspector.Inspect(body, "", errors);
            if (errors.Count > 0)
            {
                return new InputProblemResult(StatusCodes.Status400BadRequest, errors);
            }
        }
        else
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["body"] = ["documents.api.send_json_or_multipart"] });
        }
        var outcome = await OrDiscardAsync(staging, files, () => service.SignAsync(id, body, files.Count > 0 ? files[0] : null, ct), ct);
        if (!outcome.Succeeded)
        {
            return outcome.Kind == OutcomeKind.Invalid ? Problems.Validation(outcome.Errors) : outcome.Problem("what.document");
        }
        return TypedResults.Ok(OutgoingDto.From(outcome.Value!));
    }

    /// <summary>Runs the operation; the files staged for it are removed again if it is refused or throws.</summary>
    private static async Task<Outcome<OutgoingDocument>> OrDiscardAsync(DocumentFileStaging staging, IReadOnlyList<StagedFile> files,
        Func<Task<Outcome<OutgoingDocument>>> operation, CancellationToken ct)
    {
        try
        {
            var outcome = await operation();
            if (!outcome.Succeeded)
            {
                await staging.DiscardAsync(files, ct);
            }
            return outcome;
        }
        catch
        {
            await staging.DiscardAsync(files, ct);
            throw;
        }
    }
}

using Saas.Documents;
using Saas.Documents.Attachments;
using Saas.Documents.Outgoing;
using Saas.Documents.Search;
using Saas.Host.Infrastructure;
using Saas.Identity.Authorization;
using Saas.Web.Input;

namespace Saas.Host.Documents;

/// <summary>/api/v1/outgoing-documents: văn bản đi.</summary>
public static class OutgoingDocumentEndpoints
{
    public static RouteGroupBuilder MapOutgoingDocumentEndpoints(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/outgoing-documents").RequireAuthorization(Policies.TenantMember).WithTags("Outgoing documents").WithRowVersion("outgoing", visible: async (sp, id, ct) =>
            Guid.TryParse(id, out var g) && await sp.GetRequiredService<DocumentDetailsService>().OutgoingAsync(g, ct) is not null);
        g.MapGet("/", async ([AsParameters] DocumentQueryParameters p, DocumentSearchService search, CancellationToken ct) =>
            TypedResults.Ok(await search.OutgoingAsync(p.ToQuery(), ct))).WithSummary("Danh sách, tra cứu văn bản đi / List and search");
        g.MapPost("/", CreateAsync).DisableAntiforgery().WithSummary("Soạn dự thảo kèm tệp (multipart/form-data) / Draft with files");
        g.MapGet("/{id:guid}", async (Guid id, DocumentDetailsService details, CancellationToken ct) =>
            await details.ViewOutgoingAsync(id, ct) is { } x ? Results.Ok(OutgoingDto.From(x)) : Problems.NotFound("văn bản"))
            .WithSummary("Chi tiết, trạng thái nơi nhận / Details and delivery status");
        g.MapPost("/{id:guid}/versions", AddVersionAsync).DisableAntiforgery().WithSummary("Thêm phiên bản dự thảo / Add a draft version");
        g.MapPost("/{id:guid}/submit", (Guid id, OutgoingDocumentService s, CancellationToken ct) => Run(s.SubmitAsync(id, ct))).WithSummary("Trình duyệt / Submit");
        g.MapPost("/{id:guid}/approve", (Guid id, DecisionRequest body, OutgoingDocumentService s, CancellationToken ct) => Run(s.ApproveAsync(id, body, ct)))
            .WithSummary("Duyệt / Approve");
        g.MapPost("/{id:guid}/return", (Guid id, DecisionRequest body, OutgoingDocumentService s, CancellationToken ct) => Run(s.ReturnForEditAsync(id, body, ct)))
            .WithSummary("Trả lại dự thảo / Return the draft");
        g.MapPost("/{id:guid}/sign", SignAsync).DisableAntiforgery().WithSummary("Ký, kèm bản PDF ký số (multipart/form-data) / Sign");
        g.MapPost("/{id:guid}/issue", (Guid id, IssueRequest body, OutgoingDocumentService s, CancellationToken ct) => Run(s.IssueAsync(id, body, ct)))
            .WithSummary("Cấp số và phát hành / Number and issue");
        g.MapPost("/{id:guid}/recall", (Guid id, RecallRequest body, OutgoingDocumentService s, CancellationToken ct) => Run(s.RecallAsync(id, body, ct)))
            .WithSummary("Thu hồi / Recall");
        g.MapPost("/{id:guid}/replacement", async (Guid id, OutgoingDocumentService s, DocumentDetailsService details, CancellationToken ct) =>
        {
            if (await details.OutgoingAsync(id, ct) is not { } old)
            {
                return Problems.NotFound("văn bản");
            }
            var d = old.Document;
            var outcome = await s.CreateDraftAsync(new OutgoingInput(d.DocumentTypeCode, d.Subject, d.Urgency, d.Secrecy, d.DraftingUnit, d.PageCount, d.DueDate), [], id, ct);
            return outcome.ToResult(x => OutgoingDto.From(x));
        }).WithMetadata(new AnswersWithAnotherItem()).WithSummary("Soạn văn bản thay thế / Draft a replacement");
        return api;
    }

    private static async Task<IResult> Run(Task<Outcome<OutgoingDocument>> operation) => (await operation).ToResult(d => OutgoingDto.From(d));

    private static async Task<IResult> CreateAsync(HttpRequest request, OutgoingDocumentService service, DocumentFileStaging staging, DraftRenditions renditions,
        CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["body"] = ["Gửi dạng multipart/form-data / Send multipart/form-data"] });
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
            return probe.ToResult(d => d);
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
        return await CommitOrDiscardAsync(staging, rendered.Files, () => service.CreateDraftAsync(input, rendered.Files, null, ct), ct, created: true);
    }

    private static async Task<IResult> AddVersionAsync(Guid id, HttpRequest request, OutgoingDocumentService service, DocumentFileStaging staging,
        DraftRenditions renditions, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["file"] = ["Gửi tệp dạng multipart/form-data / Send the file as multipart/form-data"] });
        }
        var form = await request.ReadFormAsync(ct);
        var files = form.Files.GetFiles("file");
        if (files.Count != 1)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["file"] = ["Gửi đúng một tệp / Send exactly one file"] });
        }
        if (await service.FileRefusalAsync(id, "file", ct) is { } refused)
        {
            return refused.ToResult(d => d);
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
        return await CommitOrDiscardAsync(staging, rendered.Files, () => service.AddVersionAsync(id, rendered.Files[0], ct), ct);
    }

    private static async Task<IResult> SignAsync(Guid id, HttpRequest request, OutgoingDocumentService service, DocumentFileStaging staging, CancellationToken ct)
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
                return dry.ToResult(d => d);
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
            return Problems.Validation(new Dictionary<string, string[]> { ["body"] = ["Gửi dạng application/json hoặc multipart/form-data / Send application/json or multipart/form-data"] });
        }
        return await CommitOrDiscardAsync(staging, files, () => service.SignAsync(id, body, files.Count > 0 ? files[0] : null, ct), ct);
    }

    private static async Task<IResult> CommitOrDiscardAsync(DocumentFileStaging staging, IReadOnlyList<StagedFile> files,
        Func<Task<Outcome<OutgoingDocument>>> operation, CancellationToken ct, bool created = false)
    {
        try
        {
            var outcome = await operation();
            if (!outcome.Succeeded)
            {
                await staging.DiscardAsync(files, ct);
                return outcome.ToResult(d => OutgoingDto.From(d));
            }
            return created
                ? TypedResults.Created($"/api/v1/outgoing-documents/{outcome.Value!.Id}", OutgoingDto.From(outcome.Value))
                : TypedResults.Ok(OutgoingDto.From(outcome.Value!));
        }
        catch
        {
            await staging.DiscardAsync(files, ct);
            throw;
        }
    }
}

using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Saas.Identity.Authorization;
using Saas.Identity.Memberships;
using Saas.Platform.Auditing;
using Saas.Platform.Data;
using Saas.Platform.Text;
using Saas.Web.Http;
using Saas.Web.Idempotency;
using Saas.Web.UnitOfWork;
using Saas.WorkFiles.Files;

namespace Saas.WorkFiles.Web.Apis;

/// <summary>/api/v1/work-files: hồ sơ công việc, opened, filled, closed, deposited and exported.</summary>
public static class WorkFilesApi
{
    public const string OpenOperation = "workfile.open";

    public static RouteGroupBuilder MapWorkFiles(this RouteGroupBuilder api)
    {
        var files = api.MapGroup("/work-files").RequireAuthorization(Policies.TenantMember).WithTags("Work files")
            .WithRowVersion("workfile", visible: async (sp, id, ct) =>
                Guid.TryParse(id, out var g) && await sp.GetRequiredService<WorkFileService>().GetAsync(g, ct) is not null)
            // Inside the row-version filter: the change commits before it reads the version the answer's ETag names.
            .AddEndpointFilter<UnitOfWorkEndpointFilter>();
        files.MapGet("/", async (string? status, int? year, WorkFileService s, CancellationToken ct) =>
            TypedResults.Ok((await s.ListAsync(status, year, ct)).Select(WorkFileDto.From).ToList())).WithSummary(Texts.Bilingual("workfiles.api.files.list"));
        files.MapPost("/", OpenAsync).WithSummary(Texts.Bilingual("workfiles.api.files.open"));
        files.MapGet("/{id:guid}", GetAsync).WithSummary(Texts.Bilingual("workfiles.api.files.get"));
        files.MapGet("/{id:guid}/access-history", AccessHistoryAsync).WithSummary(Texts.Bilingual("workfiles.api.files.access_history"));
        files.MapPost("/{id:guid}/documents", async (Guid id, AttachDocumentRequest body, WorkFileService s, CancellationToken ct) =>
            (await s.AttachAsync(id, body, ct)).ToResult("what.work_file", WorkFileDto.From)).WithSummary(Texts.Bilingual("workfiles.api.files.attach"));
        files.MapDelete("/{id:guid}/documents/{kind}/{documentId:guid}", async (Guid id, string kind, Guid documentId, WorkFileService s, CancellationToken ct) =>
            (await s.DetachAsync(id, kind, documentId, ct)).ToResult("what.work_file", WorkFileDto.From)).WithSummary(Texts.Bilingual("workfiles.api.files.detach"));
        files.MapPost("/{id:guid}/close", async (Guid id, CloseFileRequest body, WorkFileService s, CancellationToken ct) =>
            (await s.CloseAsync(id, body, ct)).ToResult("what.work_file", WorkFileDto.From)).WithSummary(Texts.Bilingual("workfiles.api.files.close"));
        files.MapPost("/{id:guid}/deposit", async (Guid id, WorkFileService s, CancellationToken ct) =>
            (await s.DepositAsync(id, ct)).ToResult("what.work_file", WorkFileDto.From))
            .RequireAuthorization(p => p.AddRequirements(new TenantRoleRequirement(TenantRoles.Clerk)))
            .WithSummary(Texts.Bilingual("workfiles.api.files.deposit"));
        files.MapGet("/{id:guid}/export.zip", ExportAsync).Produces<byte[]>(StatusCodes.Status200OK, "application/zip")
            .WithSummary(Texts.Bilingual("workfiles.api.files.export"));
        return api;
    }

    private static string Location(Guid id) => $"/api/v1/work-files/{id}";

    private static async Task<Results<Ok<WorkFileDto>, ProblemHttpResult>> GetAsync(Guid id, WorkFileService s, CancellationToken ct) =>
        await s.ViewAsync(id, ct) is { } f ? TypedResults.Ok(WorkFileDto.From(f)) : Problems.NotFound("what.work_file");

    private static async Task<Results<Ok<IReadOnlyList<AccessEntry>>, ProblemHttpResult>> AccessHistoryAsync(Guid id, WorkFileService s, CancellationToken ct) =>
        await s.AccessHistoryAsync(id, ct) is { } entries ? TypedResults.Ok(entries) : Problems.NotFound("what.work_file");

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(Guid id, WorkFileService s, WorkFileExport export, CancellationToken ct)
    {
        if (await s.GetAsync(id, ct) is not { } f)
        {
            return Problems.NotFound("what.work_file");
        }
        if (f.CanExport() is { } refused)
        {
            return Problems.Conflict(refused.Key);
        }
        var package = await export.BuildAsync(f, ct);
        await s.RecordExportAsync(f, ct);
        return TypedResults.File(package, "application/zip", WorkFileExport.FileName(f));
    }

    /// <summary>Opens a work file; with an Idempotency-Key a retry after a lost answer returns the first file, not a second one.</summary>
    private static async Task<Results<Created<WorkFileDto>, ValidationProblem, ProblemHttpResult>> OpenAsync(
        OpenFileRequest body, HttpRequest request, WorkFileService s, IdempotencyKeys keys, TenantDataSession session, IStringLocalizer t, CancellationToken ct)
    {
        var key = IdempotencyKeys.KeyOf(request);
        var hash = key is null ? "" : IdempotencyKeys.Hash(JsonSerializer.Serialize(body));
        var start = await keys.BeginAsync(request, key, OpenOperation, hash, Location, ct);
        switch (start.Kind)
        {
            case IdempotentOutcome.InvalidKey:
                return IdempotencyProblems.InvalidKey(t);
            case IdempotentOutcome.Mismatch:
                return IdempotencyProblems.Mismatch(t);
            case IdempotentOutcome.Replayed:
                return await s.GetAsync(start.Id, ct) is { } first ? TypedResults.Created(Location(start.Id), WorkFileDto.From(first)) : Problems.NotFound("what.work_file");
        }
        var outcome = await s.OpenAsync(body, ct, start.Id);
        if (outcome.Kind != OutcomeKind.Ok)
        {
            return outcome.Kind == OutcomeKind.Invalid ? Problems.Validation(outcome.Errors) : outcome.Problem("what.work_file");
        }
        try
        {
            // Committed here rather than by the unit-of-work filter: the key row commits with the file, and a request
            // that lost the race for the same key must answer 409 (its retry gets the first file), not fail with a 500.
            await session.CommitAsync(ct);
        }
        catch (Exception ex) when (IdempotencyKeys.IsRace(ex))
        {
            return IdempotencyProblems.InFlight(t);
        }
        return TypedResults.Created(Location(outcome.Value!.Id), WorkFileDto.From(outcome.Value));
    }
}

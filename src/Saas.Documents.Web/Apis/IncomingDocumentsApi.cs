using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Saas.Documents;
using Saas.Documents.Incoming;
using Saas.Documents.Search;
using Saas.Identity.Authorization;
using Saas.Identity.Memberships;
using Saas.Web.Idempotency;

namespace Saas.Documents.Web.Apis;

/// <summary>/api/v1/incoming-documents: văn bản đến.</summary>
public static class IncomingDocumentsApi
{
    public static RouteGroupBuilder MapIncomingDocumentsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/incoming-documents").RequireAuthorization(Policies.TenantMember).WithTags("Incoming documents").WithRowVersion("incoming", visible: async (sp, id, ct) =>
            Guid.TryParse(id, out var g) && await sp.GetRequiredService<DocumentDetailsService>().IncomingAsync(g, ct) is not null);
        g.MapGet("/", async ([AsParameters] DocumentQueryParameters p, DocumentSearchService search, CancellationToken ct) =>
            TypedResults.Ok(await search.IncomingAsync(p.ToQuery(), ct))).Summary("documents.api.incoming.list");
        g.MapPost("/", CreateAsync).DisableAntiforgery()
            .RequireAuthorization(p => p.AddRequirements(new TenantRoleRequirement(TenantRoles.Clerk)))
            .Summary("documents.api.incoming.create");
        g.MapGet("/{id:guid}", GetAsync).Summary("documents.api.incoming.get");
        g.MapPost("/{id:guid}/register", (Guid id, RegisterRequest body, IncomingDocumentService s, CancellationToken ct) => Run(s.RegisterAsync(id, body, ct)))
            .RequireAuthorization(p => p.AddRequirements(new TenantRoleRequirement(TenantRoles.Clerk))).Summary("documents.api.incoming.register");
        g.MapPost("/{id:guid}/return", (Guid id, ReturnRequest body, IncomingDocumentService s, CancellationToken ct) => Run(s.ReturnAsync(id, body, ct)))
            .RequireAuthorization(p => p.AddRequirements(new TenantRoleRequirement(TenantRoles.Clerk))).Summary("documents.api.incoming.return");
        g.MapPost("/{id:guid}/assign", (Guid id, AssignRequest body, IncomingDocumentService s, CancellationToken ct) => Run(s.AssignAsync(id, body, ct)))
            .RequireAuthorization(p => p.AddRequirements(new TenantRoleRequirement(TenantRoles.Leader, TenantRoles.Head))).Summary("documents.api.incoming.assign");
        g.MapPost("/{id:guid}/forward", (Guid id, AssignRequest body, IncomingDocumentService s, CancellationToken ct) => Run(s.ForwardAsync(id, body, ct)))
            .Summary("documents.api.incoming.forward");
        g.MapPost("/{id:guid}/opinions", (Guid id, OpinionRequest body, IncomingDocumentService s, CancellationToken ct) => Run(s.AddOpinionAsync(id, body, ct)))
            .Summary("documents.api.incoming.opinion");
        g.MapPost("/{id:guid}/finish", (Guid id, FinishRequest body, IncomingDocumentService s, CancellationToken ct) => Run(s.FinishAsync(id, body, ct)))
            .Summary("documents.api.incoming.finish");
        return api;
    }

    private static async Task<Results<Ok<IncomingDto>, ProblemHttpResult>> GetAsync(Guid id, DocumentDetailsService details, CancellationToken ct) =>
        await details.ViewIncomingAsync(id, ct) is { } x ? TypedResults.Ok(IncomingDto.From(x)) : Problems.NotFound("what.document");

    private static async Task<Results<Ok<IncomingDto>, ValidationProblem, ProblemHttpResult>> Run(Task<Outcome<IncomingDocument>> operation) =>
        (await operation).ToResult(d => IncomingDto.From(d));

    private static async Task<Results<Created<IncomingDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpRequest request, IdempotentIncomingIntake intake, DocumentDetailsService details, IStringLocalizer t, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["body"] = ["documents.api.send_multipart"] });
        }
        (IdempotentOutcome Kind, Guid Id, Outcome<IncomingDocument>? Outcome) result;
        try
        {
            result = await intake.CreateAsync(request, await request.ReadFormAsync(ct), ct);
        }
        catch (Exception ex) when (IdempotencyKeys.IsRace(ex))
        {
            return IdempotencyProblems.InFlight(t);
        }
        switch (result.Kind)
        {
            case IdempotentOutcome.InvalidKey:
                return IdempotencyProblems.InvalidKey(t);
            case IdempotentOutcome.Mismatch:
                return IdempotencyProblems.Mismatch(t);
            case IdempotentOutcome.Replayed:
                return await details.IncomingAsync(result.Id, ct) is { } first
                    ? TypedResults.Created($"/api/v1/incoming-documents/{result.Id}", IncomingDto.From(first))
                    : Problems.NotFound("what.document");
        }
        var outcome = result.Outcome!;
        if (outcome.Kind == OutcomeKind.Invalid)
        {
            return Problems.Validation(outcome.Errors);
        }
        if (outcome.Kind != OutcomeKind.Ok)
        {
            return outcome.Problem("what.document");
        }
        return TypedResults.Created($"/api/v1/incoming-documents/{outcome.Value!.Id}", await ReadBackAsync(outcome.Value, details, ct));
    }

    /// <summary>
    /// The document is committed: whatever happens to the read-back (PostgreSQL crashing right now), the answer is
    /// success, from the document as written if it cannot be read again; a 500 here made clerks enter it twice.
    /// </summary>
    private static async Task<IncomingDto> ReadBackAsync(IncomingDocument written, DocumentDetailsService details, CancellationToken ct)
    {
        try
        {
            return await details.IncomingAsync(written.Id, ct) is { } created ? IncomingDto.From(created) : IncomingDto.From(written);
        }
        catch (Exception ex) when (DatabaseFailures.IsUnavailable(ex))
        {
            return IncomingDto.From(written);
        }
    }
}

/// <summary>Query string of the document lists.</summary>
public sealed record DocumentQueryParameters(
    string? Q, string? Status, DateOnly? From, DateOnly? To, string? Type, string? Register, short? Urgency, string? Handler, bool? Overdue, int? Page, int? Size)
{
    public DocumentQuery ToQuery() => new()
    {
        Q = Q,
        Status = Status,
        From = From,
        To = To,
        Type = Type,
        Register = Register,
        Urgency = Urgency,
        Handler = Handler,
        Overdue = Overdue ?? false,
        Page = Page ?? 1,
        Size = Size ?? 20,
    };
}

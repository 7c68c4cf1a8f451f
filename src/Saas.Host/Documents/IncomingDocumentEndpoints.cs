using Microsoft.Extensions.Localization;
using Saas.Documents;
using Saas.Documents.Incoming;
using Saas.Documents.Search;
using Saas.Host.Infrastructure;
using Saas.Identity.Authorization;
using Saas.Identity.Memberships;
using Saas.Web.Idempotency;

namespace Saas.Host.Documents;

/// <summary>/api/v1/incoming-documents: văn bản đến.</summary>
public static class IncomingDocumentEndpoints
{
    public static RouteGroupBuilder MapIncomingDocumentEndpoints(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/incoming-documents").RequireAuthorization(Policies.TenantMember).WithTags("Incoming documents").WithRowVersion("incoming", visible: async (sp, id, ct) =>
            Guid.TryParse(id, out var g) && await sp.GetRequiredService<DocumentDetailsService>().IncomingAsync(g, ct) is not null);
        g.MapGet("/", async ([AsParameters] DocumentQueryParameters p, DocumentSearchService search, CancellationToken ct) =>
            TypedResults.Ok(await search.IncomingAsync(p.ToQuery(), ct))).WithSummary("Danh sách, tra cứu văn bản đến / List and search");
        g.MapPost("/", CreateAsync).DisableAntiforgery()
            .RequireAuthorization(p => p.AddRequirements(new TenantRoleRequirement(TenantRoles.Clerk)))
            .WithSummary("Nhập văn bản giấy kèm bản quét (multipart/form-data) / Enter a paper document with its scan");
        g.MapGet("/{id:guid}", async (Guid id, DocumentDetailsService details, CancellationToken ct) =>
            await details.ViewIncomingAsync(id, ct) is { } x ? Results.Ok(IncomingDto.From(x)) : Problems.NotFound("văn bản"))
            .WithSummary("Chi tiết, lịch sử xử lý / Details and history");
        g.MapPost("/{id:guid}/register", (Guid id, RegisterRequest body, IncomingDocumentService s, CancellationToken ct) => Run(s.RegisterAsync(id, body, ct)))
            .RequireAuthorization(p => p.AddRequirements(new TenantRoleRequirement(TenantRoles.Clerk))).WithSummary("Vào sổ / Register");
        g.MapPost("/{id:guid}/return", (Guid id, ReturnRequest body, IncomingDocumentService s, CancellationToken ct) => Run(s.ReturnAsync(id, body, ct)))
            .RequireAuthorization(p => p.AddRequirements(new TenantRoleRequirement(TenantRoles.Clerk))).WithSummary("Trả lại nơi gửi / Return to sender");
        g.MapPost("/{id:guid}/assign", (Guid id, AssignRequest body, IncomingDocumentService s, CancellationToken ct) => Run(s.AssignAsync(id, body, ct)))
            .RequireAuthorization(p => p.AddRequirements(new TenantRoleRequirement(TenantRoles.Leader, TenantRoles.Head))).WithSummary("Phân công xử lý / Assign");
        g.MapPost("/{id:guid}/forward", (Guid id, AssignRequest body, IncomingDocumentService s, CancellationToken ct) => Run(s.ForwardAsync(id, body, ct)))
            .WithSummary("Chuyển tiếp trong đơn vị / Forward");
        g.MapPost("/{id:guid}/opinions", (Guid id, OpinionRequest body, IncomingDocumentService s, CancellationToken ct) => Run(s.AddOpinionAsync(id, body, ct)))
            .WithSummary("Cho ý kiến / Add an opinion");
        g.MapPost("/{id:guid}/finish", (Guid id, FinishRequest body, IncomingDocumentService s, CancellationToken ct) => Run(s.FinishAsync(id, body, ct)))
            .WithSummary("Hoàn thành xử lý / Finish");
        return api;
    }

    private static async Task<IResult> Run(Task<Outcome<IncomingDocument>> operation) => (await operation).ToResult(d => IncomingDto.From(d));

    private static async Task<IResult> CreateAsync(
        HttpRequest request, IdempotentIncomingIntake intake, DocumentDetailsService details, IStringLocalizer t, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["body"] = ["Gửi dạng multipart/form-data / Send multipart/form-data"] });
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
        if (await IdempotencyProblems.EarlierAnswerAsync(result.Kind, t, async () => await details.IncomingAsync(result.Id, ct) is { } first
                ? TypedResults.Created($"/api/v1/incoming-documents/{result.Id}", IncomingDto.From(first))
                : Problems.NotFound("văn bản")) is { } earlier)
        {
            return earlier;
        }
        var outcome = result.Outcome!;
        if (outcome.Kind != OutcomeKind.Ok)
        {
            return outcome.ToResult(d => d);
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
        catch (Exception ex) when (DatabaseUnavailableHandler.IsUnavailable(ex))
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

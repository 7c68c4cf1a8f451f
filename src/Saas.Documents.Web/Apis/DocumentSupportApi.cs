using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Documents.Search;
using Saas.Files.Storage;
using Saas.Identity.Authorization;

namespace Saas.Documents.Web.Apis;

/// <summary>Downloads of attachments and the access history of a document.</summary>
public static class DocumentSupportApi
{
    public static RouteGroupBuilder MapDocumentSupportApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("").RequireAuthorization(Policies.TenantMember).WithTags("Documents");
        g.MapGet("/attachments/{id:guid}", DownloadAsync)
            .Produces<byte[]>(StatusCodes.Status200OK, "application/octet-stream").Summary("documents.api.attachment.download");
        g.MapGet("/{kind:regex(^(incoming|outgoing)$)}-documents/{id:guid}/access-history", AccessHistoryAsync).Summary("documents.api.access_history");
        return api;
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> DownloadAsync(
        Guid id, DocumentDetailsService details, IFileStore store, CancellationToken ct)
    {
        // Visibility of the document decides; the hash alone never opens a file.
        if (await details.DownloadAsync(id, ct) is not { } a || await store.OpenReadAsync(a.Sha256, ct) is not { } stream)
        {
            return Problems.NotFound("what.file");
        }
        return TypedResults.File(stream, a.MediaType, a.FileName, enableRangeProcessing: true);
    }

    private static async Task<Results<Ok<IReadOnlyList<AccessEntryDto>>, ProblemHttpResult>> AccessHistoryAsync(
        string kind, Guid id, DocumentDetailsService details, CancellationToken ct) =>
        await details.AccessHistoryAsync(kind, id, ct) is { } entries
            ? TypedResults.Ok<IReadOnlyList<AccessEntryDto>>(entries.Select(AccessEntryDto.From).ToList())
            : Problems.NotFound("what.document");
}

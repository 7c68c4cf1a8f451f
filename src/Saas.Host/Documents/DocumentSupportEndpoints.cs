using Saas.Documents.Search;
using Saas.Files.Storage;
using Saas.Host.Infrastructure;
using Saas.Identity.Authorization;

namespace Saas.Host.Documents;

/// <summary>Downloads, the user's work list and the register books.</summary>
public static class DocumentSupportEndpoints
{
    public static RouteGroupBuilder MapDocumentSupportEndpoints(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("").RequireAuthorization(Policies.TenantMember).WithTags("Documents");
        g.MapGet("/attachments/{id:guid}", async (Guid id, DocumentDetailsService details, IFileStore store, CancellationToken ct) =>
        {
            // Visibility of the document decides; the hash alone never opens a file.
            if (await details.DownloadAsync(id, ct) is not { } a || await store.OpenReadAsync(a.Sha256, ct) is not { } stream)
            {
                return Problems.NotFound("tệp");
            }
            return Results.File(stream, a.MediaType, a.FileName, enableRangeProcessing: true);
        }).WithSummary("Tải tệp đính kèm / Download an attachment");
        g.MapGet("/{kind:regex(^(incoming|outgoing)$)}-documents/{id:guid}/access-history", async (string kind, Guid id, DocumentDetailsService details, CancellationToken ct) =>
            await details.AccessHistoryAsync(kind, id, ct) is { } entries ? Results.Ok(entries) : Problems.NotFound("văn bản"))
            .WithSummary("Lịch sử truy cập: ai đã xem, tải văn bản / Access history: who viewed and downloaded the document");
        g.MapGet("/approval-routes", async (Saas.Documents.Outgoing.ApprovalRouteService routes, CancellationToken ct) =>
            TypedResults.Ok((await routes.ListAsync(ct)).Select(r => new { r.DocumentTypeCode, r.Steps })))
            .WithSummary("Quy trình trình duyệt theo loại văn bản / Approval routes");
        g.MapPut("/approval-routes/{typeCode}", async (string typeCode, ApprovalRouteBody body, Saas.Documents.Outgoing.ApprovalRouteService routes, CancellationToken ct) =>
            (await routes.SetAsync(typeCode, body.Steps, ct)).ToResult(r => new { r.DocumentTypeCode, r.Steps }))
            .RequireAuthorization(Policies.TenantAdmin).WithSummary("Đặt quy trình trình duyệt ('*' = mặc định) / Set an approval route");
        g.MapGet("/my-work", async (Saas.Host.WorkFiles.MyWorkAggregator work, CancellationToken ct) => TypedResults.Ok(await work.MineAsync(ct)))
            .WithSummary("Việc cần xử lý: văn bản, công việc, hồ sơ / What waits for me");
        g.MapGet("/my-work/agency", async (Saas.Host.WorkFiles.MyWorkAggregator work, CancellationToken ct) =>
            await work.AgencyBacklogAsync(ct) is { } items ? Results.Ok(items) : Results.Forbid())
            .WithSummary("Tồn đọng của đơn vị (lãnh đạo, trưởng phòng) / The agency's backlog");
        g.MapGet("/my-work/unit", async (Saas.Host.WorkFiles.MyWorkAggregator work, CancellationToken ct) =>
            await work.UnitBacklogAsync(ct) is { } items ? Results.Ok(items) : Results.Forbid())
            .WithSummary("Việc của các phòng tôi làm trưởng phòng / The backlog of the units I head");
        g.MapGet("/registers/{code}/book", async (string code, int? year, RegisterBook book, TimeProvider clock, CancellationToken ct) =>
        {
            var y = year ?? Saas.Calendar.VietnamTime.Local(clock.GetUtcNow()).Year;
            var rows = (object?)await book.IncomingAsync(code, y, ct) ?? await book.OutgoingAsync(code, y, ct);
            return rows is null ? Problems.NotFound($"sổ '{code}'") : Results.Ok(rows);
        }).WithSummary("Sổ đăng ký văn bản (Phụ lục IV) / Register book");
        g.MapGet("/registers/{code}/book.xlsx", async (string code, int? year, RegisterBook book, RegisterBookExcel excel, TimeProvider clock, CancellationToken ct) =>
        {
            var y = year ?? Saas.Calendar.VietnamTime.Local(clock.GetUtcNow()).Year;
            var bytes = await excel.BuildAsync(book, code, y, ct);
            return bytes is null
                ? Problems.NotFound($"sổ '{code}'")
                : Results.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"so-{code}-{y}.xlsx");
        }).WithSummary("Xuất sổ ra Excel / Export the register book to Excel");
        g.MapGet("/registers/{code}/processing.xlsx", async (string code, int? year, RegisterBook book, RegisterBookExcel excel, TimeProvider clock, CancellationToken ct) =>
        {
            var y = year ?? Saas.Calendar.VietnamTime.Local(clock.GetUtcNow()).Year;
            var bytes = await excel.BuildProcessingAsync(book, code, y, ct);
            return bytes is null
                ? Problems.NotFound($"sổ '{code}'")
                : Results.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"theo-doi-giai-quyet-{code}-{y}.xlsx");
        }).WithSummary("Sổ theo dõi giải quyết văn bản đến (Excel) / Processing register");
        return api;
    }
}

public sealed record ApprovalRouteBody(IReadOnlyList<string>? Steps);

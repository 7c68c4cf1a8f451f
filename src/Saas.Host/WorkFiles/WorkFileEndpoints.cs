using System.Text.Json;
using Microsoft.Extensions.Localization;
using Saas.Documents;
using Saas.Host.Documents;
using Saas.Host.Infrastructure;
using Saas.Identity.Authorization;
using Saas.Platform.MultiTenancy;
using Saas.Web.Idempotency;
using Saas.WorkFiles.FilePlans;
using Saas.WorkFiles.Files;
using Saas.WorkFiles.Notifications;

namespace Saas.Host.WorkFiles;

/// <summary>/api/v1/file-plans and /api/v1/work-files: danh mục hồ sơ and hồ sơ công việc.</summary>
public static class WorkFileEndpoints
{
    public static RouteGroupBuilder MapWorkFileEndpoints(this RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/file-plans").RequireAuthorization(Policies.TenantMember).WithTags("File lists");
        plans.MapGet("/{year:int}", async (int year, FilePlanService s, CancellationToken ct) =>
            await s.GetAsync(year, ct) is { } p ? Results.Ok(FilePlanDto.From(p)) : Problems.NotFound($"danh mục hồ sơ năm {year}"))
            .WithSummary("Danh mục hồ sơ của năm / The year's file list");
        plans.MapPost("/{year:int}/items", async (int year, List<FilePlanItemInput> items, FilePlanService s, CancellationToken ct) =>
            (await s.AddItemsAsync(year, items, ct)).ToResult(FilePlanDto.From)).WithSummary("Thêm hồ sơ vào danh mục / Add items");
        plans.MapPost("/{year:int}/copy-from/{fromYear:int}", async (int year, int fromYear, FilePlanService s, CancellationToken ct) =>
            (await s.CopyAsync(fromYear, year, ct)).ToResult(FilePlanDto.From)).WithSummary("Sao chép từ năm trước / Copy from an earlier year");
        plans.MapPost("/{year:int}/approve", async (int year, FilePlanService s, CancellationToken ct) =>
            (await s.ApproveAsync(year, ct)).ToResult(FilePlanDto.From)).WithSummary("Phê duyệt / Approve");
        plans.MapGet("/{year:int}/export.xlsx", async (int year, FilePlanService s, ICurrentTenant tenant, CancellationToken ct) =>
            await s.GetAsync(year, ct) is { } p
                ? Results.File(FilePlanExcel.Export(p, tenant.Tenant!.Name), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"danh-muc-ho-so-{year}.xlsx")
                : Problems.NotFound($"danh mục hồ sơ năm {year}")).WithSummary("Xuất Excel / Export to Excel");
        plans.MapPost("/{year:int}/import", async (int year, IFormFile file, FilePlanService s, CancellationToken ct) =>
        {
            if (file.Length is 0 or > 5 * 1024 * 1024)
            {
                return Problems.Validation(new Dictionary<string, string[]> { ["file"] = ["Tệp .xlsx khác rỗng, tối đa 5 MB / A non-empty .xlsx of at most 5 MB"] });
            }
            await using var stream = new MemoryStream();
            await file.CopyToAsync(stream, ct);
            stream.Position = 0;
            var (items, errors) = FilePlanExcel.Import(stream);
            if (errors.Count > 0)
            {
                return Problems.Validation(new Dictionary<string, string[]> { ["file"] = [.. errors] });
            }
            return (await s.AddItemsAsync(year, items, ct)).ToResult(FilePlanDto.From);
        }).DisableAntiforgery().WithSummary("Nhập từ Excel / Import from Excel");

        var files = api.MapGroup("/work-files").RequireAuthorization(Policies.TenantMember).WithTags("Work files").WithRowVersion("workfile", visible: async (sp, id, ct) =>
            Guid.TryParse(id, out var g) && await sp.GetRequiredService<WorkFileService>().GetAsync(g, ct) is not null);
        files.MapGet("/", async (string? status, int? year, WorkFileService s, CancellationToken ct) =>
            TypedResults.Ok((await s.ListAsync(status, year, ct)).Select(WorkFileDto.From))).WithSummary("Danh sách hồ sơ / List");
        files.MapPost("/", OpenAsync).WithSummary("Mở hồ sơ / Open a file (Idempotency-Key: a retry returns the first file)");
        files.MapGet("/{id:guid}", async (Guid id, WorkFileService s, CancellationToken ct) =>
            await s.ViewAsync(id, ct) is { } f ? Results.Ok(WorkFileDto.From(f)) : Problems.NotFound("hồ sơ")).WithSummary("Chi tiết hồ sơ / Details");
        files.MapGet("/{id:guid}/access-history", async (Guid id, WorkFileService s, CancellationToken ct) =>
            await s.AccessHistoryAsync(id, ct) is { } entries ? Results.Ok(entries) : Problems.NotFound("hồ sơ"))
            .WithSummary("Lịch sử truy cập hồ sơ / Who viewed and exported the file");
        files.MapPost("/{id:guid}/documents", async (Guid id, AttachDocumentRequest body, WorkFileService s, CancellationToken ct) =>
            (await s.AttachAsync(id, body, ct)).ToResult(WorkFileDto.From)).WithSummary("Đưa văn bản vào hồ sơ / Attach a document");
        files.MapDelete("/{id:guid}/documents/{kind}/{documentId:guid}", async (Guid id, string kind, Guid documentId, WorkFileService s, CancellationToken ct) =>
            (await s.DetachAsync(id, kind, documentId, ct)).ToResult(WorkFileDto.From)).WithSummary("Bỏ văn bản khỏi hồ sơ / Detach");
        files.MapPost("/{id:guid}/close", async (Guid id, CloseFileRequest body, WorkFileService s, CancellationToken ct) =>
            (await s.CloseAsync(id, body, ct)).ToResult(WorkFileDto.From)).WithSummary("Kết thúc hồ sơ / Close");
        files.MapPost("/{id:guid}/deposit", async (Guid id, WorkFileService s, CancellationToken ct) =>
            (await s.DepositAsync(id, ct)).ToResult(WorkFileDto.From))
            .RequireAuthorization(p => p.AddRequirements(new TenantRoleRequirement(Saas.Identity.Memberships.TenantRoles.Clerk)))
            .WithSummary("Nộp lưu / Deposit in the archive");
        files.MapGet("/{id:guid}/export.zip", async (Guid id, WorkFileService s, WorkFileExport export, CancellationToken ct) =>
        {
            if (await s.GetAsync(id, ct) is not { } f)
            {
                return Problems.NotFound("hồ sơ");
            }
            if (f.Status == WorkFileStatus.Open)
            {
                return Problems.Conflict("Chỉ xuất được hồ sơ đã kết thúc / Only a closed file can be exported");
            }
            var package = await export.BuildAsync(f, ct);
            await s.RecordExportAsync(f, ct);
            return Results.File(package, "application/zip", $"ho-so-{f.Code}.zip".Replace('/', '-'));
        }).WithSummary("Xuất hồ sơ: mục lục PDF, siêu dữ liệu XML và văn bản / Export");

        api.MapGet("/notifications", async (bool? unread, NotificationService s, CancellationToken ct) =>
            TypedResults.Ok((await s.MineAsync(unread ?? false, ct)).Select(n => new { n.Id, n.Kind, n.Title, n.Link, n.CreatedAt, n.ReadAt })))
            .RequireAuthorization(Policies.TenantMember).WithTags("Notifications").WithSummary("Thông báo của tôi / My notifications");
        api.MapPost("/notifications/{id:guid}/read", async (Guid id, NotificationService s, CancellationToken ct) =>
            await s.MarkReadAsync(id, ct) ? Results.NoContent() : Problems.NotFound("thông báo"))
            .RequireAuthorization(Policies.TenantMember).WithTags("Notifications").WithSummary("Đánh dấu đã đọc / Mark read");
        return api;
    }

    /// <summary>Opens a work file; with an Idempotency-Key a retry after a lost answer returns the first file, not a second one.</summary>
    private static async Task<IResult> OpenAsync(
        OpenFileRequest body, HttpRequest request, WorkFileService s, IdempotencyKeys keys, IStringLocalizer t, CancellationToken ct)
    {
        var key = IdempotencyKeys.KeyOf(request);
        var hash = key is null ? "" : IdempotencyKeys.Hash(JsonSerializer.Serialize(body));
        var start = await keys.BeginAsync(request, key, "workfile.open", hash, id => $"/api/v1/work-files/{id}", ct);
        if (await IdempotencyProblems.EarlierAnswerAsync(start.Kind, t, async () => await s.GetAsync(start.Id, ct) is { } first
                ? Results.Created($"/api/v1/work-files/{start.Id}", WorkFileDto.From(first))
                : Problems.NotFound("hồ sơ")) is { } earlier)
        {
            return earlier;
        }
        Saas.Platform.Results.Outcome<WorkFile> outcome;
        try
        {
            outcome = await s.OpenAsync(body, ct, start.Id);
        }
        catch (Exception ex) when (IdempotencyKeys.IsRace(ex))
        {
            return IdempotencyProblems.InFlight(t);
        }
        return outcome.Succeeded ? Results.Created($"/api/v1/work-files/{outcome.Value!.Id}", WorkFileDto.From(outcome.Value)) : outcome.ToResult(WorkFileDto.From);
    }
}

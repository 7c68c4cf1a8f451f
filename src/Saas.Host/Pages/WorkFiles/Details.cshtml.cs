using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Saas.Documents.Search;
using Saas.Host.Pages.Documents;
using Saas.Identity.Authorization;
using Saas.WorkFiles.Files;

namespace Saas.Host.Pages.WorkFiles;

/// <summary>One work file: its documents, attaching more while open, closing, depositing and exporting.</summary>
[Authorize(Policy = Policies.TenantMember)]
[Saas.Web.Pages.GuardsRowVersion("workfile")]
public sealed class DetailsModel(WorkFileService files, DocumentSearchService search, Saas.Host.WorkFiles.WorkFileExport export) : DocumentPageModel
{
    public WorkFile? Current { get; private set; }

    public IReadOnlyList<IncomingListItem> Candidates { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<Saas.Platform.Auditing.AccessEntry> AccessLog { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct, view: true) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAttachAsync(Guid id, string kind, Guid documentId, CancellationToken ct) =>
        await After(id, await files.AttachAsync(id, new AttachDocumentRequest(kind, documentId), ct), "attach", ct);

    public async Task<IActionResult> OnPostDetachAsync(Guid id, string kind, Guid documentId, CancellationToken ct) =>
        await After(id, await files.DetachAsync(id, kind, documentId, ct), "detach", ct);

    public async Task<IActionResult> OnPostCloseAsync(Guid id, string? endDate, string? description, CancellationToken ct) =>
        await After(id, await files.CloseAsync(id, new CloseFileRequest(DocumentUi.ParseDate(endDate), description), ct), "close", ct);

    public async Task<IActionResult> OnPostDepositAsync(Guid id, CancellationToken ct)
    {
        if (!Shell().RolesInTenant.Contains("clerk"))
        {
            Refuse("Văn thư, lưu trữ nộp lưu hồ sơ / Only the clerk deposits files", "deposit");
            await LoadAsync(id, ct);
            return Page();
        }
        return await After(id, await files.DepositAsync(id, ct), "deposit", ct);
    }

    public async Task<IActionResult> OnGetExportAsync(Guid id, CancellationToken ct)
    {
        if (await files.GetAsync(id, ct) is not { } f || f.Status == WorkFileStatus.Open)
        {
            return NotFound();
        }
        var package = await export.BuildAsync(f, ct);
        await files.RecordExportAsync(f, ct);
        return File(package, "application/zip", $"ho-so-{f.Code}.zip".Replace('/', '-'));
    }

    private Saas.Web.Pages.ShellInfo Shell() => HttpContext.RequestServices.GetRequiredService<Saas.Web.Pages.ShellInfo>();

    private async Task<IActionResult> After(Guid id, Outcome<WorkFile> outcome, string action, CancellationToken ct)
    {
        if (outcome.Succeeded)
        {
            return Redirect($"{Request.PathBase}/workfiles/{id}");
        }
        Fail(outcome, action);
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct, bool view = false)
    {
        Current = view ? await files.ViewAsync(id, ct) : await files.GetAsync(id, ct);
        if (Current is null)
        {
            return false;
        }
        AccessLog = await files.AccessHistoryAsync(id, ct) ?? [];
        if (Current.Status == WorkFileStatus.Open)
        {
            Candidates = (await search.IncomingAsync(new DocumentQuery { Q = Q, Size = 20 }, ct)).Items
                .Where(d => d.Status is not ("received" or "returned" or "recalled")).ToList();
        }
        return true;
    }
}

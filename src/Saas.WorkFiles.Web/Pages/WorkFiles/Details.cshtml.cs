using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Saas.Identity.Authorization;
using Saas.WorkFiles.Files;

namespace Saas.WorkFiles.Web.Pages.WorkFiles;

/// <summary>One work file: its documents, attaching more while open, closing, depositing and exporting.</summary>
[Authorize(Policy = Policies.TenantMember)]
[Saas.Web.Pages.GuardsRowVersion("workfile")]
public sealed class DetailsModel(WorkFileService files, FileDocumentSource documents, WorkFileExport export, Saas.Web.Pages.ShellInfo shell) : WorkFilesPageModel
{
    public WorkFile? Current { get; private set; }

    public IReadOnlyList<AttachCandidate> Candidates { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<Saas.Platform.Auditing.AccessEntry> AccessLog { get; private set; } = [];

    /// <summary>The file's own rules (<see cref="WorkFile"/>) decide which actions the page offers.</summary>
    public bool CanChangeDocuments => Current?.CanChangeDocuments() is null;

    public bool CanClose => Current?.CanClose() is null;

    public bool CanExport => Current?.CanExport() is null;

    /// <summary>The clerk (văn thư, lưu trữ) deposits, and only a file the rules let go to the archive.</summary>
    public bool CanDeposit => IsClerk && Current?.CanDeposit() is null;

    private bool IsClerk => shell.RolesInTenant.Contains("clerk");

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct, view: true) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAttachAsync(Guid id, string kind, Guid documentId, CancellationToken ct) =>
        await After(id, await files.AttachAsync(id, new AttachDocumentRequest(kind, documentId), ct), "attach", ct);

    public async Task<IActionResult> OnPostDetachAsync(Guid id, string kind, Guid documentId, CancellationToken ct) =>
        await After(id, await files.DetachAsync(id, kind, documentId, ct), "detach", ct);

    public async Task<IActionResult> OnPostCloseAsync(Guid id, string? endDate, string? description, CancellationToken ct) =>
        await After(id, await files.CloseAsync(id, new CloseFileRequest(WorkFilesUi.ParseDate(endDate), description), ct), "close", ct);

    public async Task<IActionResult> OnPostDepositAsync(Guid id, CancellationToken ct)
    {
        if (!IsClerk)
        {
            Refuse("workfiles.web.deposit_clerk_only", "deposit");
            await LoadAsync(id, ct);
            return Page();
        }
        return await After(id, await files.DepositAsync(id, ct), "deposit", ct);
    }

    public async Task<IActionResult> OnGetExportAsync(Guid id, CancellationToken ct)
    {
        if (await files.GetAsync(id, ct) is not { } f || f.CanExport() is not null)
        {
            return NotFound();
        }
        var package = await export.BuildAsync(f, ct);
        await files.RecordExportAsync(f, ct);
        return File(package, "application/zip", WorkFileExport.FileName(f));
    }

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
        if (CanChangeDocuments)
        {
            Candidates = await documents.CandidatesAsync(Q, ct);
        }
        return true;
    }
}

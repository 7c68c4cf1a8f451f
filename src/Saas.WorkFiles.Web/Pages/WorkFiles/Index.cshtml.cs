using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Saas.Identity.Authorization;
using Saas.WorkFiles.FilePlans;
using Saas.WorkFiles.Files;

namespace Saas.WorkFiles.Web.Pages.WorkFiles;

/// <summary>Hồ sơ công việc: the list, and opening a file from the year's file list or ad hoc.</summary>
[Authorize(Policy = Policies.TenantMember)]
public sealed class IndexModel(WorkFileService files, FilePlanService plans, Saas.Platform.Organization.IUnitNames units, TimeProvider clock) : WorkFilesPageModel
{
    public IReadOnlyDictionary<string, string> Units { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<WorkFile> Files { get; private set; } = [];

    public FilePlan? Plan { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty]
    public OpenForm Form { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostOpenAsync(CancellationToken ct)
    {
        var outcome = await files.OpenAsync(new OpenFileRequest(Form.PlanItemId, WorkFilesUi.Empty(Form.Code), WorkFilesUi.Empty(Form.Title), Form.RetentionYears, Form.Permanent,
            WorkFilesUi.ParseDate(Form.StartDate), Form.CapitalConstruction, WorkFilesUi.Empty(Form.Description), WorkFilesUi.Empty(Form.ResponsibleUnit)), ct);
        if (!outcome.Succeeded)
        {
            Fail(outcome, "open");
            await LoadAsync(ct);
            return Page();
        }
        return Redirect($"{Request.PathBase}/workfiles/{outcome.Value!.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Files = await files.ListAsync(Status, null, ct);
        Plan = await plans.GetAsync(Saas.Calendar.VietnamTime.Local(clock.GetUtcNow()).Year, ct);
        Units = await units.ActiveAsync(ct);
    }

    public sealed class OpenForm
    {
        public Guid? PlanItemId { get; set; }

        public string? Code { get; set; }

        public string? Title { get; set; }

        public int? RetentionYears { get; set; }

        public bool Permanent { get; set; }

        public string? StartDate { get; set; }

        public bool CapitalConstruction { get; set; }

        public string? Description { get; set; }

        public string? ResponsibleUnit { get; set; }
    }
}

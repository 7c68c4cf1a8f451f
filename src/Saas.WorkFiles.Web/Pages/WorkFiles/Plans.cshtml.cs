using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Saas.Identity.Authorization;
using Saas.Platform.MultiTenancy;
using Saas.WorkFiles.FilePlans;

namespace Saas.WorkFiles.Web.Pages.WorkFiles;

/// <summary>Danh mục hồ sơ of a year: add lines, copy last year's, approve, Excel in and out.</summary>
[Authorize(Policy = Policies.TenantMember)]
public sealed class PlansModel(
    FilePlanService plans, ICurrentTenant tenant, Saas.Organization.Units.IUnitDirectory units, Saas.Web.Pages.ShellInfo shell, TimeProvider clock) : WorkFilesPageModel
{
    /// <summary>The tenant's units, offered for "đơn vị/người lập hồ sơ" (free text stays allowed, as in the Excel file).</summary>
    public IReadOnlyList<string> UnitNames { get; private set; } = [];

    public int Year { get; private set; }

    public FilePlan? Plan { get; private set; }

    /// <summary>The list's own rules (<see cref="FilePlan"/>): lines are added to a draft (or a year without a list yet).</summary>
    public bool CanChange => Plan?.CanChange() is null;

    /// <summary>The head of the agency (or the tenant admin) approves a draft that has lines.</summary>
    public bool CanApprove => Plan?.CanApprove() is null && Plan is not null && (shell.RolesInTenant.Contains("leader") || shell.RolesInTenant.Contains("tenant-admin"));

    public async Task OnGetAsync(int? year, CancellationToken ct) => await LoadAsync(year, ct);

    public async Task<IActionResult> OnPostAddAsync(int year, string? heading, string? code, string? title, int? retentionYears, bool permanent, string? responsible, CancellationToken ct) =>
        await After(year, await plans.AddItemsAsync(year, [new FilePlanItemInput(heading, code, title, retentionYears, permanent, responsible)], ct), "add", ct);

    public async Task<IActionResult> OnPostCopyAsync(int year, CancellationToken ct) => await After(year, await plans.CopyAsync(year - 1, year, ct), "copy", ct);

    public async Task<IActionResult> OnPostApproveAsync(int year, CancellationToken ct) => await After(year, await plans.ApproveAsync(year, ct), "approve", ct);

    public async Task<IActionResult> OnPostImportAsync(int year, IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length is 0 or > Apis.FilePlansApi.MaxImportBytes)
        {
            Fail(new Dictionary<string, string[]> { ["file"] = [Saas.Platform.Text.Texts.Get("workfiles.web.import.choose_file")] }, "import");
            await LoadAsync(year, ct);
            return Page();
        }
        await using var stream = new MemoryStream();
        await file.CopyToAsync(stream, ct);
        stream.Position = 0;
        var (items, errors) = FilePlanExcel.Import(stream);
        if (errors.Count > 0)
        {
            Fail(new Dictionary<string, string[]> { ["file"] = [.. errors.Select(e => Saas.Platform.Text.Texts.Get(e.Key, e.Args))] }, "import");
            await LoadAsync(year, ct);
            return Page();
        }
        return await After(year, await plans.AddItemsAsync(year, items, ct), "import", ct);
    }

    public async Task<IActionResult> OnGetExcelAsync(int year, CancellationToken ct) =>
        await plans.GetAsync(year, ct) is { } p
            ? File(FilePlanExcel.Export(p, tenant.Tenant!.Name), Apis.FilePlansApi.ExcelType, $"danh-muc-ho-so-{year}.xlsx")
            : NotFound();

    private async Task<IActionResult> After(int year, Outcome<FilePlan> outcome, string action, CancellationToken ct)
    {
        if (outcome.Succeeded)
        {
            return Redirect($"{Request.PathBase}/file-plans?year={year}");
        }
        Fail(outcome, action);
        await LoadAsync(year, ct);
        return Page();
    }

    private async Task LoadAsync(int? year, CancellationToken ct)
    {
        Year = year ?? Saas.Calendar.VietnamTime.Local(clock.GetUtcNow()).Year;
        Plan = await plans.GetAsync(Year, ct);
        UnitNames = [.. (await units.ListAsync(ct)).Select(u => u.Name)];
    }
}

using Microsoft.EntityFrameworkCore;
using Saas.Documents;
using Saas.Platform.Auditing;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;

namespace Saas.WorkFiles.FilePlans;

/// <summary>Danh mục hồ sơ: drafted per year (or copied from last year), approved by the head, then fixed.</summary>
public sealed class FilePlanService(
    TenantDbContextFactory<WorkFilesDbContext> contexts,
    ICurrentTenant tenant,
    IWorkFilesUser user,
    IAuditTrail audit,
    TimeProvider clock)
{
    public async Task<FilePlan?> GetAsync(int year, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var plan = await db.Plans.AsNoTracking().Include(p => p.Items).FirstOrDefaultAsync(p => p.Year == year, ct);
        plan?.Items.Sort((a, b) => a.SortOrder.CompareTo(b.SortOrder));
        return plan;
    }

    public async Task<Outcome<FilePlan>> AddItemsAsync(int year, IReadOnlyList<FilePlanItemInput> items, CancellationToken ct)
    {
        var e = new FieldErrors();
        if (year is < 2000 or > 2100)
        {
            e.Add("year", "workfiles.plan.year_invalid");
        }
        for (var i = 0; i < items.Count; i++)
        {
            var it = items[i];
            if (string.IsNullOrWhiteSpace(it.Heading) || it.Heading.Length > 300)
            {
                e.Add($"items[{i}].heading", "workfiles.plan.heading_required");
            }
            if (string.IsNullOrWhiteSpace(it.Code) || it.Code.Length > 50)
            {
                e.Add($"items[{i}].code", "workfiles.plan.code_required");
            }
            if (string.IsNullOrWhiteSpace(it.Title) || it.Title.Length > 500)
            {
                e.Add($"items[{i}].title", "workfiles.plan.title_required");
            }
            if (it.Permanent != true && it.RetentionYears is not (>= 1 and <= 100))
            {
                e.Add($"items[{i}].retentionYears", "workfiles.retention_range");
            }
        }
        if (items.Select(i => i.Code?.Trim()).Distinct().Count() != items.Count)
        {
            e.Add("items", "workfiles.plan.duplicate_codes");
        }
        if (e.Any)
        {
            return Outcome<FilePlan>.Invalid(e.ToDictionary());
        }
        await using var db = await contexts.CreateAsync(ct);
        var plan = await db.Plans.Include(p => p.Items).FirstOrDefaultAsync(p => p.Year == year, ct);
        if (plan is null)
        {
            plan = new FilePlan { TenantId = tenant.Id!.Value, Year = year };
            db.Plans.Add(plan);
        }
        if (plan.CanChange() is { } fixedList)
        {
            return fixedList.As<FilePlan>();
        }
        var clash = items.Select(i => i.Code!.Trim()).Intersect(plan.Items.Select(i => i.Code)).ToList();
        if (clash.Count > 0)
        {
            // The key, then the codes themselves (a value that is no key is shown as it is).
            return Outcome<FilePlan>.Invalid(new Dictionary<string, string[]> { ["items"] = ["workfiles.plan.codes_exist", string.Join(", ", clash)] });
        }
        var order = plan.Items.Count == 0 ? 0 : plan.Items.Max(i => i.SortOrder);
        foreach (var it in items)
        {
            plan.Items.Add(new FilePlanItem
            {
                TenantId = plan.TenantId,
                Id = Guid.CreateVersion7(),
                Year = year,
                Heading = it.Heading!.Trim(),
                Code = it.Code!.Trim(),
                Title = it.Title!.Trim(),
                RetentionYears = it.Permanent == true ? null : it.RetentionYears,
                Responsible = it.Responsible?.Trim(),
                SortOrder = ++order,
            });
        }
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("fileplan.items-added", "fileplan", year.ToString(System.Globalization.CultureInfo.InvariantCulture), null,
            items.Select(i => new { i.Code, i.Title }).ToList(), ct: ct);
        return Outcome<FilePlan>.Ok(plan);
    }

    /// <summary>Sao chép danh mục năm trước sang năm mới để điều chỉnh.</summary>
    public async Task<Outcome<FilePlan>> CopyAsync(int fromYear, int toYear, CancellationToken ct)
    {
        var source = await GetAsync(fromYear, ct);
        if (source is null || source.Items.Count == 0)
        {
            return Outcome<FilePlan>.Invalid("fromYear", "workfiles.plan.source_empty");
        }
        return await AddItemsAsync(toYear, source.Items.Select(i =>
            new FilePlanItemInput(i.Heading, i.Code, i.Title, i.RetentionYears, i.RetentionYears is null, i.Responsible)).ToList(), ct);
    }

    public async Task<Outcome<FilePlan>> ApproveAsync(int year, CancellationToken ct)
    {
        if (!user.HasRole("leader", "tenant-admin"))
        {
            return Outcome<FilePlan>.Forbidden("workfiles.plan.approve_head_only");
        }
        await using var db = await contexts.CreateAsync(ct);
        var plan = await db.Plans.Include(p => p.Items).FirstOrDefaultAsync(p => p.Year == year, ct);
        if (plan is null)
        {
            return Outcome<FilePlan>.NotFound();
        }
        if (plan.Approve(user.Name, clock.GetUtcNow()) is { } refused)
        {
            return refused.As<FilePlan>();
        }
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("fileplan.approved", "fileplan", year.ToString(System.Globalization.CultureInfo.InvariantCulture), new { status = FilePlanStatus.Draft.Code() },
            new { status = plan.Status.Code(), plan.ApprovedBy }, ct: ct);
        return Outcome<FilePlan>.Ok(plan);
    }
}

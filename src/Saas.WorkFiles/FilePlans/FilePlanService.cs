using Microsoft.EntityFrameworkCore;
using Saas.Documents;
using Saas.Platform.Auditing;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;

namespace Saas.WorkFiles.FilePlans;

/// <summary>Danh mục hồ sơ: drafted per year (or copied from last year), approved by the head, then fixed.</summary>
public sealed class FilePlanService(
    TenantDbContextFactory<WorkFilesDbContext> contexts,
    TenantDataSession session,
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
            e.Add("year", "Năm không hợp lệ / Invalid year");
        }
        for (var i = 0; i < items.Count; i++)
        {
            var it = items[i];
            if (string.IsNullOrWhiteSpace(it.Heading) || it.Heading.Length > 300)
            {
                e.Add($"items[{i}].heading", "Bắt buộc nhập đề mục (tối đa 300 ký tự) / A heading is required");
            }
            if (string.IsNullOrWhiteSpace(it.Code) || it.Code.Length > 50)
            {
                e.Add($"items[{i}].code", "Bắt buộc nhập số, ký hiệu hồ sơ / A file code is required");
            }
            if (string.IsNullOrWhiteSpace(it.Title) || it.Title.Length > 500)
            {
                e.Add($"items[{i}].title", "Bắt buộc nhập tiêu đề hồ sơ / A title is required");
            }
            if (it.Permanent != true && it.RetentionYears is not (>= 1 and <= 100))
            {
                e.Add($"items[{i}].retentionYears", "Thời hạn bảo quản từ 1 đến 100 năm, hoặc vĩnh viễn / Retention is 1–100 years or permanent");
            }
        }
        if (items.Select(i => i.Code?.Trim()).Distinct().Count() != items.Count)
        {
            e.Add("items", "Số, ký hiệu hồ sơ bị trùng / Duplicate file codes");
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
        if (plan.Status == "approved")
        {
            return Outcome<FilePlan>.Conflict("Danh mục đã được phê duyệt, không sửa được / The approved file list cannot change");
        }
        var clash = items.Select(i => i.Code!.Trim()).Intersect(plan.Items.Select(i => i.Code)).ToList();
        if (clash.Count > 0)
        {
            return Outcome<FilePlan>.Invalid("items", $"Đã có hồ sơ số: {string.Join(", ", clash)} / Codes already in the list");
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
        await session.CommitAsync(ct);
        return Outcome<FilePlan>.Ok(plan);
    }

    /// <summary>Sao chép danh mục năm trước sang năm mới để điều chỉnh.</summary>
    public async Task<Outcome<FilePlan>> CopyAsync(int fromYear, int toYear, CancellationToken ct)
    {
        var source = await GetAsync(fromYear, ct);
        if (source is null || source.Items.Count == 0)
        {
            return Outcome<FilePlan>.Invalid("fromYear", "Năm nguồn chưa có danh mục / The source year has no file list");
        }
        return await AddItemsAsync(toYear, source.Items.Select(i =>
            new FilePlanItemInput(i.Heading, i.Code, i.Title, i.RetentionYears, i.RetentionYears is null, i.Responsible)).ToList(), ct);
    }

    public async Task<Outcome<FilePlan>> ApproveAsync(int year, CancellationToken ct)
    {
        if (!user.HasRole("leader", "tenant-admin"))
        {
            return Outcome<FilePlan>.Forbidden("Người đứng đầu cơ quan phê duyệt danh mục hồ sơ / The head of the agency approves the file list");
        }
        await using var db = await contexts.CreateAsync(ct);
        var plan = await db.Plans.Include(p => p.Items).FirstOrDefaultAsync(p => p.Year == year, ct);
        if (plan is null || plan.Items.Count == 0)
        {
            return Outcome<FilePlan>.NotFound();
        }
        if (plan.Status == "approved")
        {
            return Outcome<FilePlan>.Conflict("Danh mục đã được phê duyệt / Already approved");
        }
        plan.Status = "approved";
        plan.ApprovedBy = user.Name;
        plan.ApprovedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("fileplan.approved", "fileplan", year.ToString(System.Globalization.CultureInfo.InvariantCulture), new { status = "draft" },
            new { plan.Status, plan.ApprovedBy }, ct: ct);
        await session.CommitAsync(ct);
        return Outcome<FilePlan>.Ok(plan);
    }
}

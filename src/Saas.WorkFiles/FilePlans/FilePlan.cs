using Saas.Platform.MultiTenancy;

namespace Saas.WorkFiles.FilePlans;

/// <summary>Danh mục hồ sơ of one year, approved by the head of the agency at the start of the year.</summary>
public sealed class FilePlan : ITenantOwned
{
    public Guid TenantId { get; set; }

    public int Year { get; set; }

    /// <summary>Stored as draft | approved (<see cref="FilePlanStatuses"/>).</summary>
    public FilePlanStatus Status { get; private set; } = FilePlanStatus.Draft;

    public string? ApprovedBy { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public List<FilePlanItem> Items { get; set; } = [];

    /// <summary>Lines are added to a draft only: the approved list is fixed for the year.</summary>
    public Refusal? CanChange() => Status == FilePlanStatus.Approved ? Refusal.Conflict("workfiles.plan.approved_fixed") : null;

    public Refusal? CanApprove() =>
        Status == FilePlanStatus.Approved ? Refusal.Conflict("workfiles.plan.already_approved")
        : Items.Count == 0 ? new Refusal(OutcomeKind.NotFound, "what.file_plan")
        : null;

    /// <summary>Phê duyệt by the head of the agency (checked by the caller): the list is fixed from now on.</summary>
    public Refusal? Approve(string by, DateTimeOffset now)
    {
        if (CanApprove() is { } refused)
        {
            return refused;
        }
        Status = FilePlanStatus.Approved;
        ApprovedBy = by;
        ApprovedAt = now;
        return null;
    }
}

public enum FilePlanStatus
{
    Draft,
    Approved,
}

/// <summary>The stored and wire values of <see cref="FilePlanStatus"/> (the database keeps the same strings as before).</summary>
public static class FilePlanStatuses
{
    public static string Code(this FilePlanStatus status) => status == FilePlanStatus.Approved ? "approved" : "draft";

    public static FilePlanStatus FromCode(string code) => code switch
    {
        "draft" => FilePlanStatus.Draft,
        "approved" => FilePlanStatus.Approved,
        _ => throw new InvalidOperationException($"Unknown file plan status '{code}'."),
    };
}

/// <summary>One line of the file list: heading, file code, title, retention, who keeps it.</summary>
public sealed class FilePlanItem : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid Id { get; set; }

    public int Year { get; set; }

    /// <summary>Đề mục.</summary>
    public string Heading { get; set; } = "";

    /// <summary>Số, ký hiệu hồ sơ.</summary>
    public string Code { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>Thời hạn bảo quản in years; null = vĩnh viễn.</summary>
    public int? RetentionYears { get; set; }

    public string? Responsible { get; set; }

    public int SortOrder { get; set; }
}

using Saas.Platform.MultiTenancy;

namespace Saas.WorkFiles.FilePlans;

/// <summary>Danh mục hồ sơ of one year, approved by the head of the agency at the start of the year.</summary>
public sealed class FilePlan : ITenantOwned
{
    public Guid TenantId { get; set; }

    public int Year { get; set; }

    /// <summary>draft | approved.</summary>
    public string Status { get; set; } = "draft";

    public string? ApprovedBy { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }

    public List<FilePlanItem> Items { get; set; } = [];
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

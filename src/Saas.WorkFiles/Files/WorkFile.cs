using Saas.Platform.MultiTenancy;

namespace Saas.WorkFiles.Files;

/// <summary>Hồ sơ công việc: opened, filled with documents, closed, then deposited in the agency's archive.</summary>
public sealed class WorkFile : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid Id { get; set; }

    public Guid? PlanItemId { get; set; }

    public string Code { get; set; } = "";

    public string Title { get; set; } = "";

    public int? RetentionYears { get; set; }

    /// <summary>Capital-construction files are deposited within 3 months of final settlement, not 1 year.</summary>
    public bool CapitalConstruction { get; set; }

    public string CreatorId { get; set; } = "";

    public string CreatorName { get; set; } = "";

    /// <summary>Code of the unit (phòng, ban) that keeps the file; its members may see it (<see cref="WorkFileAccess"/>).</summary>
    public string? ResponsibleUnit { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    /// <summary>open | closed | deposited.</summary>
    public string Status { get; set; } = WorkFileStatus.Open;

    public DateTimeOffset? ClosedAt { get; set; }

    public int? DocCount { get; set; }

    public int? PageCount { get; set; }

    /// <summary>Every document electronic and the file opened and closed in the system (the e-office indicator).</summary>
    public bool? FullyOnline { get; set; }

    public DateOnly? DepositDue { get; set; }

    public DateTimeOffset? DepositedAt { get; set; }

    public string? DepositedBy { get; set; }

    public string? Description { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<WorkFileDocument> Documents { get; set; } = [];
}

public static class WorkFileStatus
{
    public const string Open = "open";
    public const string Closed = "closed";
    public const string Deposited = "deposited";
}

/// <summary>A document referenced by a file (not a copy): the same document may sit in several files.</summary>
public sealed class WorkFileDocument : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid FileId { get; set; }

    public string DocumentKind { get; set; } = "";

    public Guid DocumentId { get; set; }

    public string Title { get; set; } = "";

    public string? NumberNotation { get; set; }

    public DateOnly? DocumentDate { get; set; }

    public int? Pages { get; set; }

    public bool Electronic { get; set; }

    public string AddedBy { get; set; } = "";

    public DateTimeOffset AddedAt { get; set; }

    /// <summary>True on a read copy for a viewer the document's own rule does not let open it: what it is stays hidden.</summary>
    public bool Withheld { get; private set; }

    /// <summary>Blanks what the reference says about the document (never saved: views are read without tracking).</summary>
    public void Withhold()
    {
        Withheld = true;
        DocumentId = Guid.Empty;
        Title = "";
        NumberNotation = null;
        DocumentDate = null;
        Pages = null;
    }
}

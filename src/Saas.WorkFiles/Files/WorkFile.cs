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

    /// <summary>Stored as open | closed | deposited (<see cref="WorkFileStatuses"/>); changed only by the steps below.</summary>
    public WorkFileStatus Status { get; private set; } = WorkFileStatus.Open;

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

    /// <summary>Documents are added and taken out only while the file is open (Nghị định 30/2020, Art. 29).</summary>
    public Refusal? CanChangeDocuments() => Status == WorkFileStatus.Open ? null : Refusal.Conflict("workfiles.file.read_only");

    /// <summary>Adds a reference to a document; the same document may sit in several files, once in each.</summary>
    public Refusal? Attach(WorkFileDocument document)
    {
        if (CanChangeDocuments() is { } refused)
        {
            return refused;
        }
        if (Documents.Any(d => d.DocumentKind == document.DocumentKind && d.DocumentId == document.DocumentId))
        {
            return Refusal.Conflict("workfiles.file.already_attached");
        }
        Documents.Add(document);
        return null;
    }

    public Refusal? Detach(WorkFileDocument document)
    {
        if (CanChangeDocuments() is { } refused)
        {
            return refused;
        }
        Documents.Remove(document);
        return null;
    }

    public Refusal? CanClose() => Status == WorkFileStatus.Open ? null : Refusal.Conflict("workfiles.file.already_closed");

    /// <summary>
    /// Kết thúc hồ sơ: counts documents and pages, fixes the deposit date (1 year after the end, 3 months for capital
    /// construction) and makes the file read-only.
    /// </summary>
    public Refusal? Close(DateOnly end, string? description, DateOnly today, DateTimeOffset now)
    {
        if (CanClose() is { } refused)
        {
            return refused;
        }
        if (end < StartDate || end > today)
        {
            return Refusal.Invalid("endDate", "workfiles.file.end_date_range");
        }
        if (Documents.Count == 0)
        {
            return Refusal.Invalid("documents", "workfiles.file.empty");
        }
        EndDate = end;
        Status = WorkFileStatus.Closed;
        ClosedAt = now;
        DocCount = Documents.Count;
        PageCount = Documents.Sum(d => d.Pages ?? 0);
        FullyOnline = Documents.All(d => d.Electronic);
        DepositDue = CapitalConstruction ? end.AddMonths(3) : end.AddYears(1);
        if (description is { Length: > 0 and <= 2000 })
        {
            Description = description.Trim();
        }
        return null;
    }

    /// <summary>Nộp lưu: a closed file kept five years or more goes to the agency's archive.</summary>
    public Refusal? CanDeposit() =>
        Status != WorkFileStatus.Closed ? Refusal.Conflict("workfiles.file.deposit_closed_only")
        : RetentionYears is < 5 ? Refusal.Invalid("retentionYears", "workfiles.file.deposit_short_retention")
        : null;

    public Refusal? Deposit(string by, DateTimeOffset now)
    {
        if (CanDeposit() is { } refused)
        {
            return refused;
        }
        Status = WorkFileStatus.Deposited;
        DepositedAt = now;
        DepositedBy = by;
        return null;
    }

    /// <summary>Only a closed (or deposited) file is handed out as a package: an open one is still being filled.</summary>
    public Refusal? CanExport() => Status == WorkFileStatus.Open ? Refusal.Conflict("workfiles.file.export_closed_only") : null;
}

public enum WorkFileStatus
{
    Open,
    Closed,
    Deposited,
}

/// <summary>The stored and wire values of <see cref="WorkFileStatus"/> (the database keeps the same strings as before).</summary>
public static class WorkFileStatuses
{
    public static string Code(this WorkFileStatus status) => status switch
    {
        WorkFileStatus.Closed => "closed",
        WorkFileStatus.Deposited => "deposited",
        _ => "open",
    };

    public static WorkFileStatus FromCode(string code) =>
        TryParse(code, out var status) ? status : throw new InvalidOperationException($"Unknown work file status '{code}'.");

    public static bool TryParse(string? code, out WorkFileStatus status)
    {
        (var ok, status) = code switch
        {
            "open" => (true, WorkFileStatus.Open),
            "closed" => (true, WorkFileStatus.Closed),
            "deposited" => (true, WorkFileStatus.Deposited),
            _ => (false, WorkFileStatus.Open),
        };
        return ok;
    }
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

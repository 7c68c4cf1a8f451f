namespace Saas.Documents.Demo;

internal sealed record SeedStaff(string Id, string Name, string Position);

internal sealed record SeedRegister(string Code, string Name, string Direction, bool Secret, string[] DocumentTypes);

internal sealed class SeedTenant
{
    public required Guid Id { get; init; }

    public required string Slug { get; init; }

    public required string Name { get; init; }

    public required string Level { get; init; }

    public required string Notation { get; init; }

    /// <summary>Share of documents from other agencies on the platform that arrive through it rather than on paper.</summary>
    public double ElectronicShare { get; init; } = 0.8;

    public string? Placement { get; init; }

    public required SeedRegister IncomingRegister { get; init; }

    public SeedRegister? SecretIncomingRegister { get; init; }

    public required List<SeedRegister> OutgoingRegisters { get; init; }

    public required Dictionary<string, string?> TypeAbbreviations { get; init; }

    public SeedStaff Clerk { get; set; } = null!;

    /// <summary>The tenant as an issuer (its own name, notation and level), for trích yếu place phrases.</summary>
    public SeedIssuer? Self { get; set; }

    /// <summary>Head of the tenant (Chủ tịch / Giám đốc / Chánh Văn phòng) first, then deputies.</summary>
    public List<SeedStaff> Leaders { get; } = [];

    public List<SeedStaff> Heads { get; } = [];

    /// <summary>Handlers; demo users of the realm appear several times so that they get a good share.</summary>
    public List<SeedStaff> Handlers { get; } = [];

    public double Weight { get; set; }

    public int IncomingCount { get; set; }

    public int OutgoingCount { get; set; }
}

internal sealed class SeedIncoming
{
    public Guid Id;
    public string Status = "";
    public string IssuerName = "";
    public bool Electronic;
    public string? IssuerCode;
    public string NumberNotation = "";
    public DateOnly IssuedDate;
    public string TypeCode = "";
    public string Subject = "";
    public string? SignerName;
    public string? SignerPosition;
    public short Urgency;
    public short Secrecy;
    public int PageCount;
    public DateOnly? DueDate;
    public DateTime ReceivedAt;
    public SeedRegister? Register;
    public int? ArrivalYear;
    public int? ArrivalNumber;
    public DateTime? RegisteredAt;
    public string? RegisteredBy;
    public string? ReturnedReason;
    public DateOnly? ProcessingDeadline;
    public DateTime? AssignedAt;
    public SeedStaff? AssignedBy;
    public List<(SeedStaff Who, string Role, string Status)> Assignees = [];
    public DateTime? FinishedAt;
    public string? ResultNote;
    public string SearchText = "";
    public DateTime UpdatedAt;
}

internal sealed class SeedOutgoing
{
    public Guid Id;
    public string Status = "";
    public string TypeCode = "";
    public string Subject = "";
    public short Urgency;
    public short Secrecy;
    public string DraftingUnit = "";
    public SeedStaff Drafter = null!;
    public int PageCount;
    public DateOnly? DueDate;
    public int RouteStep;
    public DateTime? SubmittedAt;
    public string? SigningAuthority;
    public SeedStaff? Signer;
    public DateTime? SignedAt;
    public SeedRegister? Register;
    public int? IssueYear;
    public int? IssueNumber;
    public string? NumberNotation;
    public DateTime? IssuedAt;
    public string? IssuedBy;
    public DateTime? RecalledAt;
    public string? RecallReason;
    public string SearchText = "";
    public DateTime CreatedAt;
    public DateTime UpdatedAt;
    public List<(string Role, SeedStaff Who, DateTime At)> Approvals = [];
    public List<string> Recipients = [];
}

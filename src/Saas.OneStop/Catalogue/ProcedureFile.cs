namespace Saas.OneStop.Catalogue;

/// <summary>
/// One file of <c>tenants/&lt;province&gt;/procedures/*.yaml</c>: the procedures of the levels in
/// <see cref="AppliesTo"/>, optionally only for the tenants in <see cref="Tenants"/>. Files are read in name order and a
/// later file replaces a procedure of the same code, so a per-tenant file overrides the level default.
/// </summary>
public sealed class ProcedureFile
{
    public List<string> AppliesTo { get; set; } = [];

    public List<string> Tenants { get; set; } = [];

    public List<ProcedureDefinition> Procedures { get; set; } = [];
}

public sealed class ProcedureDefinition
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string Field { get; set; } = "";

    public decimal? Days { get; set; }

    public decimal? Hours { get; set; }

    /// <summary>HH:mm; procedure-specific receipt cut-off.</summary>
    public string? CutOff { get; set; }

    public string? Fee { get; set; }

    public string? Result { get; set; }

    public short OnlineLevel { get; set; } = 2;

    public List<RequiredPaper> Papers { get; set; } = [];

    public List<RouteStep> Route { get; set; } = [];

    /// <summary>What is not verified (code, time, fee), shown to the tenant admin.</summary>
    public string? Unsure { get; set; }
}

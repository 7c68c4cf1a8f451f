namespace Saas.Tenancy.Catalog;

/// <summary>The fields an operator gives for a tenant, from the onboarding form, the API or a YAML file.</summary>
public sealed record TenantDraft
{
    public string Slug { get; init; } = "";

    public string Name { get; init; } = "";

    public string? ShortName { get; init; }

    public string Level { get; init; } = "";

    public string? ParentSlug { get; init; }

    public string? Notation { get; init; }

    public string? AgencyCodeQcvn102 { get; init; }

    public string? AgencyCodeQd20 { get; init; }

    public string AgencyCodeStatus { get; init; } = "unknown";

    public string? AgencyCodeSource { get; init; }

    public string Status { get; init; } = "active";

    public string? SuccessorSlug { get; init; }

    public IReadOnlyList<string> Predecessors { get; init; } = [];

    public IReadOnlyList<string> Hosts { get; init; } = [];

    public string? DatabasePlacement { get; init; }
}

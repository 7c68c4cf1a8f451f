using Saas.Tenancy.Catalog;

namespace Saas.Tenancy.Web.Apis;

public sealed record AgencyCodeDto(string? Qcvn102, string? Qd20, string Status, string? Source);

public sealed record TenantDto(
    string Slug, string Name, string? ShortName, string Level, string? Parent, string Status, string? Notation,
    AgencyCodeDto AgencyCode, string? Successor, IReadOnlyList<string> Predecessors, IReadOnlyList<string> Hosts,
    bool OwnDatabase, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static TenantDto From(Tenant t, IReadOnlyDictionary<Guid, string> slugs) => new(
        t.Slug, t.Name, t.ShortName, t.Level, t.ParentId is { } p ? slugs.GetValueOrDefault(p) : null, t.Status, t.Notation,
        new AgencyCodeDto(t.AgencyCodeQcvn102, t.AgencyCodeQd20, t.AgencyCodeStatus, t.AgencyCodeSource),
        t.SuccessorId is { } s ? slugs.GetValueOrDefault(s) : null, t.Predecessors, t.Hosts, t.DatabasePlacement is not null,
        t.CreatedAt, t.UpdatedAt);
}

/// <summary>Body of POST /api/v1/platform/tenants.</summary>
public sealed record OnboardTenantRequest(
    string? Slug, string? Name, string? ShortName, string? Level, string? Parent, string? Notation,
    AgencyCodeDto? AgencyCode, IReadOnlyList<string>? Hosts, string? Database)
{
    public TenantDraft ToDraft() => new()
    {
        Slug = Slug?.Trim() ?? "",
        Name = Name?.Trim() ?? "",
        ShortName = ShortName?.Trim(),
        Level = Level?.Trim() ?? "",
        ParentSlug = string.IsNullOrWhiteSpace(Parent) ? null : Parent.Trim(),
        Notation = Notation?.Trim(),
        AgencyCodeQcvn102 = AgencyCode?.Qcvn102?.Trim(),
        AgencyCodeQd20 = AgencyCode?.Qd20?.Trim(),
        AgencyCodeStatus = AgencyCode?.Status ?? (string.IsNullOrWhiteSpace(AgencyCode?.Qcvn102) && string.IsNullOrWhiteSpace(AgencyCode?.Qd20) ? "unknown" : "reported"),
        AgencyCodeSource = AgencyCode?.Source,
        Hosts = Hosts ?? [],
        DatabasePlacement = string.IsNullOrWhiteSpace(Database) ? null : Database.Trim(),
    };
}

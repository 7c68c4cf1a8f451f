namespace Saas.Platform.MultiTenancy;

/// <summary>
/// What the rest of the platform knows about a resolved tenant (đơn vị sử dụng).
/// Carried by <see cref="ICurrentTenant"/>; never an EF entity.
/// </summary>
public sealed record TenantInfo(
    Guid Id,
    string Slug,
    string Name,
    string Level,
    string Status,
    string? DatabaseConnectionString,
    string? Notation = null,
    string? AgencyCode = null)
{
    public bool IsActive => Status == TenantStatuses.Active;
}

public static class TenantStatuses
{
    public const string Active = "active";
    public const string Suspended = "suspended";
    public const string Merged = "merged";
    public const string Dissolved = "dissolved";

    public static readonly IReadOnlyList<string> All = [Active, Suspended, Merged, Dissolved];
}

public static class TenantLevels
{
    public const string Province = "province";
    public const string ProvinceOffice = "province-office";
    public const string Department = "department";
    public const string Commune = "commune";
    public const string Ward = "ward";
    public const string DistrictHistorical = "district-historical";

    public static readonly IReadOnlyList<string> All =
        [Province, ProvinceOffice, Department, Commune, Ward, DistrictHistorical];
}

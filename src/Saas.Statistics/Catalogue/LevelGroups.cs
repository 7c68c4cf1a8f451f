using Saas.Platform.MultiTenancy;

namespace Saas.Statistics.Catalogue;

/// <summary>
/// QĐ 749/QĐ-TTg targets for work files processed online, by level of government: 90% province level (UBND tỉnh,
/// its office, departments), 80% district level (now historical), 60% commune level (communes and wards).
/// </summary>
public static class LevelGroups
{
    public const string Province = "province-level";
    public const string District = "district-level";
    public const string Commune = "commune-level";

    public static readonly IReadOnlyList<string> All = [Province, District, Commune];

    public static string Of(string tenantLevel) => tenantLevel switch
    {
        TenantLevels.DistrictHistorical => District,
        TenantLevels.Commune or TenantLevels.Ward => Commune,
        _ => Province,
    };

    public static double Target(string group) => group switch
    {
        District => 80,
        Commune => 60,
        _ => 90,
    };

    public static string NameVi(string group) => group switch
    {
        District => "Cấp huyện (trước sắp xếp)",
        Commune => "Cấp xã",
        _ => "Cấp tỉnh",
    };

    public static string NameEn(string group) => group switch
    {
        District => "District level (historical)",
        Commune => "Commune level",
        _ => "Province level",
    };
}

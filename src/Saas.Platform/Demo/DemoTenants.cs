using Saas.Platform.MultiTenancy;

namespace Saas.Platform.Demo;

/// <summary>
/// The active tenants of the catalogue, in the catalogue's order (level, then name), which the verb puts in
/// <see cref="DemoSeedContext.Items"/> before the first seeder runs: modules seed tenants without depending on the tenancy module.
/// </summary>
public static class DemoTenants
{
    private const string ItemKey = "platform.tenants";

    public static void SetTenants(this DemoSeedContext context, IEnumerable<TenantInfo> tenants) =>
        context.Items[ItemKey] = tenants.Where(t => t.IsActive).ToList();

    public static IReadOnlyList<TenantInfo> Tenants(this DemoSeedContext context) =>
        context.Items.TryGetValue(ItemKey, out var value) && value is IReadOnlyList<TenantInfo> list ? list : [];

    /// <summary>Largest first: UBND tỉnh, its office, departments, wards, communes, then the rest.</summary>
    public static int LevelRank(string level) => level switch
    {
        TenantLevels.Province => 0,
        TenantLevels.ProvinceOffice => 1,
        TenantLevels.Department => 2,
        TenantLevels.Ward => 3,
        TenantLevels.Commune => 4,
        _ => 5,
    };

    /// <summary>FNV-1a of a slug or name: the same tenant gets the same random series on every run and machine.</summary>
    public static int StableHash(string s)
    {
        var h = 2166136261u;
        foreach (var c in s)
        {
            h = (h ^ c) * 16777619u;
        }
        return (int)h;
    }
}

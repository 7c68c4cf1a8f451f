using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Saas.Organization.Units;

/// <summary>
/// Runs with <c>tenants apply</c>: gives each tenant the units of its level from <c>tenants/&lt;province&gt;/units</c>.
/// Adds missing units only; never renames or removes one (the tenant admin may have), because assignments refer to codes.
/// </summary>
internal sealed class UnitDefaultsApplier(TenantDbContextFactory<OrganizationDbContext> contexts, IConfiguration config) : ITenantDefaultsApplier
{
    private static readonly IDeserializer Reader = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    public async Task<IReadOnlyList<ApplyChange>> ApplyAsync(TenantInfo tenant, TenantDefaults defaults, CancellationToken ct)
    {
        var folder = config["Tenancy:ManifestFolder"] is { Length: > 0 } f ? Path.Combine(f, "units") : null;
        if (folder is null || !Directory.Exists(folder) || tenant.Level == TenantLevels.DistrictHistorical)
        {
            return [];
        }
        var wanted = Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal)
            .Select(file => Reader.Deserialize<UnitFile>(File.ReadAllText(file)) ?? new UnitFile())
            .Where(u => u.AppliesTo.Contains(tenant.Level) && (u.Tenants.Count == 0 || u.Tenants.Contains(tenant.Slug)))
            .SelectMany(u => u.Units).ToList();
        await using var db = await contexts.CreateAsync(ct);
        var existing = await db.Units.Where(u => u.TenantId == tenant.Id).Select(u => u.Code).ToListAsync(ct);
        var changes = new List<ApplyChange>();
        var sort = existing.Count * 10;
        foreach (var unit in wanted.DistinctBy(u => u.Code))
        {
            var key = $"{tenant.Slug}/{unit.Code}";
            if (existing.Contains(unit.Code))
            {
                changes.Add(new ApplyChange("unit", key, ApplyChange.Unchanged));
                continue;
            }
            db.Units.Add(new Unit { TenantId = tenant.Id, Code = unit.Code, Name = unit.Name, Sort = sort += 10 });
            changes.Add(new ApplyChange("unit", key, ApplyChange.Created));
        }
        await db.SaveChangesAsync(ct);
        return changes;
    }

    private sealed class UnitFile
    {
        public List<string> AppliesTo { get; set; } = [];

        public List<string> Tenants { get; set; } = [];

        public List<UnitDefinition> Units { get; set; } = [];
    }

    private sealed class UnitDefinition
    {
        public string Code { get; set; } = "";

        public string Name { get; set; } = "";
    }
}

using Microsoft.EntityFrameworkCore;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;

namespace Saas.Documents.Configuration;

/// <summary>
/// Gives each tenant the level's document types and registers. Adds what is missing and updates names;
/// never deletes, because issued documents refer to these codes.
/// </summary>
internal sealed class DocumentDefaultsApplier(TenantDbContextFactory<DocumentConfigurationDbContext> contexts, TimeProvider clock)
    : ITenantDefaultsApplier
{
    public async Task<IReadOnlyList<ApplyChange>> ApplyAsync(TenantInfo tenant, TenantDefaults defaults, CancellationToken ct)
    {
        var changes = new List<ApplyChange>();
        if (!defaults.RegistersByLevel.TryGetValue(tenant.Level, out var registers))
        {
            return changes; // historical tenants keep no registers and issue nothing.
        }
        await using var db = await contexts.CreateAsync(ct);
        var types = await db.DocumentTypes.Where(t => t.TenantId == tenant.Id).ToDictionaryAsync(t => t.Code, ct);
        foreach (var def in defaults.DocumentTypes)
        {
            if (!types.TryGetValue(def.Code, out var row))
            {
                db.DocumentTypes.Add(new DocumentType
                {
                    TenantId = tenant.Id,
                    Code = def.Code,
                    Name = def.Name,
                    Abbreviation = def.Abbreviation,
                    SortOrder = def.Order,
                });
                changes.Add(new ApplyChange("document-type", $"{tenant.Slug}/{def.Code}", ApplyChange.Created));
            }
            else if (row.Name != def.Name || row.Abbreviation != def.Abbreviation || row.SortOrder != def.Order)
            {
                row.Name = def.Name;
                row.Abbreviation = def.Abbreviation;
                row.SortOrder = def.Order;
                changes.Add(new ApplyChange("document-type", $"{tenant.Slug}/{def.Code}", ApplyChange.Changed));
            }
            else
            {
                changes.Add(new ApplyChange("document-type", $"{tenant.Slug}/{def.Code}", ApplyChange.Unchanged));
            }
        }
        var existing = await db.Registers.Where(r => r.TenantId == tenant.Id).ToDictionaryAsync(r => r.Code, ct);
        foreach (var def in registers)
        {
            if (!existing.TryGetValue(def.Code, out var row))
            {
                db.Registers.Add(new Register
                {
                    TenantId = tenant.Id,
                    Code = def.Code,
                    Name = def.Name,
                    Direction = def.Direction,
                    Secret = def.Secret,
                    DocumentTypes = [.. def.DocumentTypes],
                    UpdatedAt = clock.GetUtcNow(),
                });
                changes.Add(new ApplyChange("register", $"{tenant.Slug}/{def.Code}", ApplyChange.Created));
            }
            else if (row.Customized)
            {
                changes.Add(new ApplyChange("register", $"{tenant.Slug}/{def.Code}", ApplyChange.Unchanged, "customized by the tenant"));
            }
            else if (row.Name != def.Name || row.Direction != def.Direction || row.Secret != def.Secret
                     || !row.DocumentTypes.SequenceEqual(def.DocumentTypes))
            {
                row.Name = def.Name;
                row.Direction = def.Direction;
                row.Secret = def.Secret;
                row.DocumentTypes = [.. def.DocumentTypes];
                row.UpdatedAt = clock.GetUtcNow();
                changes.Add(new ApplyChange("register", $"{tenant.Slug}/{def.Code}", ApplyChange.Changed));
            }
            else
            {
                changes.Add(new ApplyChange("register", $"{tenant.Slug}/{def.Code}", ApplyChange.Unchanged));
            }
        }
        await db.SaveChangesAsync(ct);
        return changes;
    }
}

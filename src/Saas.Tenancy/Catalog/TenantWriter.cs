using Microsoft.EntityFrameworkCore;
using Saas.Platform.Auditing;
using Saas.Platform.MultiTenancy;

namespace Saas.Tenancy.Catalog;

/// <summary>Creates or updates one catalog row from a draft and audits the difference, inside the caller's transaction.</summary>
internal sealed class TenantWriter(TenantCatalogDbContext db, IAuditTrail audit, TimeProvider clock)
{
    public async Task<(Tenant Tenant, ApplyChange Change)> UpsertAsync(
        TenantDraft d, IReadOnlyDictionary<string, Guid> knownIds, bool keepOperationalStatus, CancellationToken ct)
    {
        var id = Tenant.IdFor(d.Slug);
        var existing = await db.Tenants.FirstOrDefaultAsync(t => t.Id == id, ct);
        var now = clock.GetUtcNow();
        Guid? Resolve(string? slug) => slug is null ? null : knownIds.TryGetValue(slug, out var v) ? v : Tenant.IdFor(slug);

        var target = existing ?? new Tenant { Id = id, Slug = d.Slug, CreatedAt = now };
        var before = existing is null ? null : Snapshot(existing);
        target.Name = d.Name;
        target.ShortName = d.ShortName;
        target.Level = d.Level;
        target.ParentId = Resolve(d.ParentSlug);
        target.Notation = d.Notation;
        target.AgencyCodeQcvn102 = NullIfEmpty(d.AgencyCodeQcvn102);
        target.AgencyCodeQd20 = NullIfEmpty(d.AgencyCodeQd20);
        target.AgencyCodeStatus = d.AgencyCodeStatus;
        target.AgencyCodeSource = d.AgencyCodeSource;
        // Suspension is an operational decision taken in the admin UI; re-applying the tree does not undo it.
        if (!(keepOperationalStatus && existing?.Status == TenantStatuses.Suspended && d.Status == TenantStatuses.Active))
        {
            target.Status = d.Status;
        }
        target.SuccessorId = Resolve(d.SuccessorSlug);
        target.Predecessors = [.. d.Predecessors];
        target.Hosts = [.. d.Hosts.Select(h => h.ToLowerInvariant())];
        target.DatabasePlacement = NullIfEmpty(d.DatabasePlacement);

        var after = Snapshot(target);
        if (existing is null)
        {
            target.UpdatedAt = now;
            db.Tenants.Add(target);
            await db.SaveChangesAsync(ct);
            await audit.RecordAsync("tenant.created", "tenant", target.Slug, null, after, target.Id, ct);
            return (target, new ApplyChange("tenant", target.Slug, ApplyChange.Created));
        }
        var diff = Diff(before!, after);
        if (diff.Count == 0)
        {
            return (target, new ApplyChange("tenant", target.Slug, ApplyChange.Unchanged));
        }
        target.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("tenant.changed", "tenant", target.Slug, before, after, target.Id, ct);
        return (target, new ApplyChange("tenant", target.Slug, ApplyChange.Changed, string.Join(", ", diff)));
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    internal static Dictionary<string, string?> Snapshot(Tenant t) => new()
    {
        ["name"] = t.Name,
        ["shortName"] = t.ShortName,
        ["level"] = t.Level,
        ["parentId"] = t.ParentId?.ToString(),
        ["notation"] = t.Notation,
        ["agencyCode.qcvn102"] = t.AgencyCodeQcvn102,
        ["agencyCode.qd20"] = t.AgencyCodeQd20,
        ["agencyCode.status"] = t.AgencyCodeStatus,
        ["agencyCode.source"] = t.AgencyCodeSource,
        ["status"] = t.Status,
        ["successorId"] = t.SuccessorId?.ToString(),
        ["predecessors"] = string.Join("; ", t.Predecessors),
        ["hosts"] = string.Join(", ", t.Hosts),
        ["database"] = t.DatabasePlacement,
    };

    private static List<string> Diff(Dictionary<string, string?> before, Dictionary<string, string?> after) =>
        after.Where(kv => before.GetValueOrDefault(kv.Key) != kv.Value)
            .Select(kv => $"{kv.Key}: '{before.GetValueOrDefault(kv.Key)}' → '{kv.Value}'")
            .ToList();
}

using Saas.Tenancy.Catalog;

namespace Saas.Statistics.Units;

/// <summary>A tenant as the statistics see it: its place in the tree and the database its data lives in.</summary>
public sealed record Unit(Guid Id, string Slug, string Name, string Level, Guid? ParentId, string Status, string? Placement);

/// <summary>
/// The tenant tree for roll-ups, drill-down and grants, from the tenant catalog (every status: merged and
/// historical units keep their history in the statistics). Dashboards read it on every request, so it is kept
/// in memory and reloaded only when the catalog's version (row count, last update) moves.
/// </summary>
public sealed class UnitDirectory(ITenantCatalog catalog, StatisticsDb db)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Version, IReadOnlyList<Unit> Units)? _cached;

    public async Task<IReadOnlyList<Unit>> AllAsync(CancellationToken ct)
    {
        var version = await VersionAsync(ct);
        if (_cached is { } c && c.Version == version)
        {
            return c.Units;
        }
        await _gate.WaitAsync(ct);
        try
        {
            if (_cached is { } again && again.Version == version)
            {
                return again.Units;
            }
            var units = (await catalog.ListAsync(ct))
                .Select(t => new Unit(t.Id, t.Slug, t.Name, t.Level, t.ParentId, t.Status, t.DatabasePlacement))
                .ToList();
            _cached = (version, units);
            return units;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Invalidate() => _cached = null;

    public async Task<Unit?> FindAsync(string slug, CancellationToken ct) =>
        (await AllAsync(ct)).FirstOrDefault(u => u.Slug == slug);

    /// <summary>The root and every unit below it.</summary>
    public static HashSet<Guid> Subtree(IReadOnlyList<Unit> units, Guid root)
    {
        var children = units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value, u => u.Id);
        var seen = new HashSet<Guid>();
        var stack = new Stack<Guid>([root]);
        while (stack.TryPop(out var id))
        {
            if (seen.Add(id))
            {
                foreach (var child in children[id])
                {
                    stack.Push(child);
                }
            }
        }
        return seen;
    }

    private async Task<string> VersionAsync(CancellationToken ct)
    {
        // The catalog table is the platform's own (not a module's): a sub-millisecond check beats a stale tree.
        await using var c = await db.ForPlatformAsync(ct);
        await using var cmd = c.Command("select count(*)::text || '/' || coalesce(max(updated_at)::text, '') from platform.tenants");
        return (string)(await cmd.ExecuteScalarAsync(ct))!;
    }
}

using Saas.Statistics.Units;

namespace Saas.Statistics.Access;

/// <summary>Who is asking for province-wide statistics.</summary>
public sealed record StatisticsViewer(string UserName, bool IsPlatformAdmin, bool IsProvinceObserver);

public sealed record ObserverGrant(string UserName, string Root, string RootName, string GrantedBy, DateTimeOffset GrantedAt);

/// <summary>
/// Province observers see the subtree of each unit they were granted (usually the province root, UBND tỉnh, for
/// the whole province; a department or commune for narrower oversight). The realm role alone grants nothing.
/// Platform administrators see everything and manage the grants.
/// </summary>
public sealed class ObserverGrants(StatisticsDb db, UnitDirectory directory)
{
    /// <returns>null = every unit; otherwise the units visible to the viewer (possibly none).</returns>
    public async Task<IReadOnlySet<Guid>?> VisibleAsync(StatisticsViewer viewer, CancellationToken ct)
    {
        if (viewer.IsPlatformAdmin)
        {
            return null;
        }
        var visible = new HashSet<Guid>();
        if (!viewer.IsProvinceObserver)
        {
            return visible;
        }
        var units = await directory.AllAsync(ct);
        foreach (var grant in await ListAsync(viewer.UserName, ct))
        {
            if (units.FirstOrDefault(u => u.Slug == grant.Root) is { } root)
            {
                visible.UnionWith(UnitDirectory.Subtree(units, root.Id));
            }
        }
        return visible;
    }

    public async Task<IReadOnlyList<ObserverGrant>> ListAsync(string? userName, CancellationToken ct)
    {
        var units = (await directory.AllAsync(ct)).ToDictionary(u => u.Id);
        await using var c = await db.ForPlatformAsync(ct);
        await using var cmd = c.Command(
            "select user_name, root_tenant_id, granted_by, granted_at from statistics.observer_grants where @u::text is null or user_name = @u order by user_name, granted_at");
        cmd.Parameters.AddWithValue("u", NpgsqlTypes.NpgsqlDbType.Text, (object?)userName ?? DBNull.Value);
        var list = new List<ObserverGrant>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            if (units.TryGetValue(r.GetGuid(1), out var root))
            {
                list.Add(new ObserverGrant(r.GetString(0), root.Slug, root.Name, r.GetString(2), r.GetFieldValue<DateTimeOffset>(3)));
            }
        }
        return list;
    }

    /// <returns>false when the root unit does not exist.</returns>
    public async Task<bool> GrantAsync(string userName, string rootSlug, string by, CancellationToken ct)
    {
        var root = await directory.FindAsync(rootSlug, ct);
        if (root is null)
        {
            directory.Invalidate();
            root = await directory.FindAsync(rootSlug, ct);
        }
        if (root is null)
        {
            return false;
        }
        await using var c = await db.ForPlatformAsync(ct);
        await using var cmd = c.Command(
            "insert into statistics.observer_grants(user_name, root_tenant_id, granted_by, granted_at) values (@u, @r, @b, now()) on conflict do nothing");
        cmd.Parameters.AddWithValue("u", userName);
        cmd.Parameters.AddWithValue("r", root.Id);
        cmd.Parameters.AddWithValue("b", by);
        await cmd.ExecuteNonQueryAsync(ct);
        await c.CommitAsync(ct);
        return true;
    }

    public async Task<bool> RevokeAsync(string userName, string rootSlug, CancellationToken ct)
    {
        if (await directory.FindAsync(rootSlug, ct) is not { } root)
        {
            return false;
        }
        await using var c = await db.ForPlatformAsync(ct);
        await using var cmd = c.Command("delete from statistics.observer_grants where user_name = @u and root_tenant_id = @r");
        cmd.Parameters.AddWithValue("u", userName);
        cmd.Parameters.AddWithValue("r", root.Id);
        var n = await cmd.ExecuteNonQueryAsync(ct);
        await c.CommitAsync(ct);
        return n > 0;
    }
}

using System.Collections.Concurrent;

namespace Saas.Statistics.Dashboards;

/// <summary>
/// Dashboards change only when a roll-up commits, so answers are kept until the facts' version moves (the last
/// finished run or committed chunk — visible to every node, unlike an in-process signal). A leader's refresh then
/// costs one indexed lookup instead of re-aggregating the province.
/// </summary>
public sealed class DashboardCache(StatisticsDb db)
{
    private const int MaxEntries = 500;
    private readonly ConcurrentDictionary<string, (string Version, object Value)> _entries = new(StringComparer.Ordinal);

    public async Task<T> GetOrAddAsync<T>(string key, Func<Task<T>> compute, CancellationToken ct) where T : class
    {
        var version = await VersionAsync(ct);
        if (_entries.TryGetValue(key, out var hit) && hit.Version == version && hit.Value is T value)
        {
            return value;
        }
        var fresh = await compute();
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }
        _entries[key] = (version, fresh);
        return fresh;
    }

    private async Task<string> VersionAsync(CancellationToken ct)
    {
        await using var c = await db.ForPlatformAsync(ct);
        await using var cmd = c.Command(
            """
            select concat_ws('/', (select max(finished_at) from statistics.rollup_runs), (select max(done_at) from statistics.rollup_chunks),
                                  (select max(updated_at) from statistics.settings), (select count(*) from platform.tenants))
            """);
        return (string)(await cmd.ExecuteScalarAsync(ct))!;
    }
}

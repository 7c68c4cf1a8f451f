using NpgsqlTypes;

namespace Saas.Statistics.Rollup;

/// <summary>Per source and database: rows changed at or after this instant have not been rolled up yet.</summary>
internal static class IncrementalWatermarks
{
    public static async Task<Dictionary<(string Source, string Placement), DateTimeOffset>> ReadAsync(StatisticsDb db, CancellationToken ct)
    {
        await using var c = await db.ForPlatformAsync(ct);
        await using var cmd = c.Command("select source, placement, watermark from statistics.watermarks");
        var map = new Dictionary<(string, string), DateTimeOffset>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            map[(r.GetString(0), r.GetString(1))] = r.GetFieldValue<DateTimeOffset>(2);
        }
        return map;
    }

    public static async Task WriteAsync(StatisticsConnection c, IReadOnlyList<string> sources, string placement, DateTimeOffset at, CancellationToken ct)
    {
        await using var cmd = c.Command(
            """
            insert into statistics.watermarks(source, placement, watermark)
            select s, @p, @w from unnest(@s) s
            on conflict (source, placement) do update set watermark = excluded.watermark
            """);
        cmd.Parameters.AddWithValue("s", NpgsqlDbType.Array | NpgsqlDbType.Text, sources.ToArray());
        cmd.Parameters.AddWithValue("p", placement);
        cmd.Parameters.AddWithValue("w", at);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}

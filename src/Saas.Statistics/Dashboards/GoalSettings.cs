using System.Text.Json;
using Microsoft.Extensions.Options;
using Saas.Platform.Statistics;

namespace Saas.Statistics.Dashboards;

/// <summary>The year by which 100% of work should be processed online; set by platform administrators.</summary>
public sealed class GoalSettings(StatisticsDb db, IOptions<StatisticsOptions> options, TimeProvider clock)
{
    private const string Key = "goal";

    public async Task<int> GoalYearAsync(CancellationToken ct)
    {
        await using var c = await db.ForPlatformAsync(ct);
        await using var cmd = c.Command("select value from statistics.settings where key = @k");
        cmd.Parameters.AddWithValue("k", Key);
        return await cmd.ExecuteScalarAsync(ct) is string json && JsonDocument.Parse(json).RootElement.TryGetProperty("year", out var y)
            ? y.GetInt32()
            : options.Value.DefaultGoalYear;
    }

    /// <summary>The goal years an administrator may set: this year to thirty years ahead.</summary>
    public (int Min, int Max) AllowedYears()
    {
        var thisYear = StatisticsDays.Today(clock).Year;
        return (thisYear, thisYear + 30);
    }

    /// <returns>An error text key, formatted with <see cref="AllowedYears"/>, when the year is not acceptable.</returns>
    public async Task<string?> SetGoalYearAsync(int year, string by, CancellationToken ct)
    {
        var (min, max) = AllowedYears();
        if (year < min || year > max)
        {
            return "statistics.goal.year_range";
        }
        await using var c = await db.ForPlatformAsync(ct);
        await using var cmd = c.Command(
            """
            insert into statistics.settings(key, value, updated_by, updated_at) values (@k, @v::jsonb, @b, now())
            on conflict (key) do update set value = excluded.value, updated_by = excluded.updated_by, updated_at = excluded.updated_at
            """);
        cmd.Parameters.AddWithValue("k", Key);
        cmd.Parameters.AddWithValue("v", JsonSerializer.Serialize(new { year }));
        cmd.Parameters.AddWithValue("b", by);
        await cmd.ExecuteNonQueryAsync(ct);
        await c.CommitAsync(ct);
        return null;
    }
}

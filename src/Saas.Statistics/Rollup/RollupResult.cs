namespace Saas.Statistics.Rollup;

public static class RollupKinds
{
    /// <summary>Every day since the first data, every tenant. Run on demand (after import, or to benchmark).</summary>
    public const string Full = "full";

    /// <summary>The last <see cref="StatisticsOptions.RecentDays"/> days, every tenant: the nightly run.</summary>
    public const string Recent = "recent";

    /// <summary>Only the days of rows changed since the watermark: every few minutes.</summary>
    public const string Incremental = "incremental";

    public static bool IsKnown(string kind) => kind is Full or Recent or Incremental;
}

/// <param name="Status">succeeded | skipped (another roll-up holds the lock) | cancelled | failed.</param>
/// <param name="ResumedAtChunk">When this run continued an unfinished one: the first chunk it computed.</param>
public sealed record RollupResult(
    long RunId, string Kind, string Status, DateOnly? From, DateOnly? To, int Chunks, long Facts, double Seconds, int? ResumedAtChunk = null);

/// <summary>One row of <c>statistics.rollup_runs</c>, as the platform administrators see it.</summary>
public sealed record RollupRunDto(long Id, string Kind, DateOnly? From, DateOnly? To, string Node, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt,
    string Status, long Facts, int Chunks, string? Error, double Seconds);

namespace Saas.Statistics;

/// <summary>Bound from <c>Statistics</c>.</summary>
public sealed class StatisticsOptions
{
    public const string Section = "Statistics";

    /// <summary>Interval of the incremental roll-up.</summary>
    public int IncrementalSeconds { get; set; } = 300;

    /// <summary>Days recomputed by the nightly run (today included): late edits of older days are caught here.</summary>
    public int RecentDays { get; set; } = 40;

    /// <summary>Tenants per chunk of a full or nightly run: the unit of resumption after a crash.</summary>
    public int ChunkTenants { get; set; } = 25;

    /// <summary>Cron (Vietnam time) of the nightly run and of the monthly snapshot and report.</summary>
    public string NightlyCron { get; set; } = "0 10 0 * * ?";

    public string MonthlyCron { get; set; } = "0 30 1 1 * ?";

    /// <summary>Unfinished runs older than this are abandoned instead of resumed (their range is stale).</summary>
    public int ResumeWithinHours { get; set; } = 24;

    /// <summary>Default year for 100% of work processed online; platform admins change it in the settings.</summary>
    public int DefaultGoalYear { get; set; } = 2030;
}

namespace Saas.Platform.Statistics;

/// <summary>
/// Statistics count by calendar day in Vietnam (UTC+7, no daylight saving): a document received at 23:30 on the
/// 31st belongs to that month, whatever the server's time zone.
/// </summary>
public static class StatisticsDays
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>SQL fragment turning a timestamptz column into its Vietnam date.</summary>
    public static string Sql(string column) => $"({column} at time zone 'Asia/Ho_Chi_Minh')::date";

    public static DateOnly Of(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    public static DateOnly Today(TimeProvider clock) => Of(clock.GetUtcNow());

    /// <summary>The UTC instant at which the given Vietnam day starts.</summary>
    public static DateTimeOffset StartUtc(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();
}

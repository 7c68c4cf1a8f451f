namespace Saas.Platform.Statistics;

/// <summary>
/// Turns per-day changes of a level (+1 when an item enters the backlog, −1 when it leaves) into the level at the
/// end of each day of a range. Sources compute stock facts this way in one pass over their rows instead of
/// counting the backlog again for every day.
/// </summary>
public static class StockSeries
{
    /// <param name="deltas">Net change per tenant and day, for every day up to <paramref name="to"/> (earlier days included).</param>
    public static IEnumerable<DailyFact> Accumulate(
        string fact, IEnumerable<(Guid Tenant, DateOnly Day, long Delta)> deltas, DateOnly from, DateOnly to)
    {
        foreach (var tenant in deltas.Where(d => d.Day <= to).GroupBy(d => d.Tenant))
        {
            var changes = tenant.GroupBy(d => d.Day).ToDictionary(g => g.Key, g => g.Sum(x => x.Delta));
            var level = changes.Where(c => c.Key < from).Sum(c => c.Value);
            for (var day = from; day <= to; day = day.AddDays(1))
            {
                level += changes.GetValueOrDefault(day);
                if (level != 0)
                {
                    yield return new DailyFact(tenant.Key, day, fact, "", level);
                }
            }
        }
    }
}

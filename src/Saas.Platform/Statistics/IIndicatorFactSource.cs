namespace Saas.Platform.Statistics;

/// <summary>
/// Implemented by each module that owns data the statistics module counts (documents, work files, one-stop
/// applications…). Modules never read each other's tables: a source turns its own rows into daily facts —
/// named counts per tenant and day — and the statistics module only ever sees those numbers.
/// </summary>
/// <remarks>
/// A source is resolved from a platform scope opened on ONE database (the shared one or a placement database)
/// and must read only through that scope's <c>TenantDataSession</c>. Every method must be deterministic for
/// the data it reads: the roll-up replaces the facts of the requested tenants and days with what
/// <see cref="ComputeAsync"/> returns, which is what makes reruns and resumed runs give identical figures.
/// Days are calendar days in Vietnam time (UTC+7), see <see cref="StatisticsDays"/>.
/// </remarks>
public interface IIndicatorFactSource
{
    /// <summary>Short stable name, also the prefix of its facts ("documents" → "documents.incoming.received").</summary>
    string Name { get; }

    /// <summary>The facts this source produces, with their kind; documented in docs/indicators.md.</summary>
    IReadOnlyList<FactDefinition> Facts { get; }

    /// <summary>The first day with any data in this database, or null when it has none (bounds the full roll-up).</summary>
    Task<DateOnly?> FirstDayAsync(CancellationToken ct);

    /// <summary>
    /// Tenants and days whose facts may have changed because rows were written at or after <paramref name="since"/>
    /// (the days of every event of each changed row). Used by the incremental run; the nightly run of recent
    /// days catches what this cannot see (e.g. an event date that moved).
    /// </summary>
    Task<IReadOnlyCollection<TenantDay>> ChangedSinceAsync(DateTimeOffset since, CancellationToken ct);

    /// <summary>
    /// Every non-zero fact of the given tenants for every day in [From, To]. Flow facts count events of that
    /// day; stock facts give the value at the end of that day.
    /// </summary>
    Task<IReadOnlyList<DailyFact>> ComputeAsync(FactRequest request, CancellationToken ct);
}

/// <summary>Flow: events of the day, summed over a period. Stock: level at the end of the day, the period's last day counts.</summary>
public enum FactKind
{
    Flow,
    Stock,
}

public sealed record FactDefinition(string Name, FactKind Kind, string Description);

public sealed record FactRequest(IReadOnlyList<Guid> TenantIds, DateOnly From, DateOnly To);

public readonly record struct TenantDay(Guid TenantId, DateOnly Day);

/// <param name="Dimension">"" for the total; otherwise a breakdown key such as "channel:2" or "procedure:1.001234".</param>
public readonly record struct DailyFact(Guid TenantId, DateOnly Day, string Fact, string Dimension, long Value);

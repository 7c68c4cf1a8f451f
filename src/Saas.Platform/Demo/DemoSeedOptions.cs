using System.Globalization;

namespace Saas.Platform.Demo;

/// <summary>
/// The <c>seed-demo</c> verb's options (<c>--Seed:Documents 1000000</c>), read once from <see cref="DemoSeedContext.Options"/>
/// and shared by every module's seeder, so that all of them see the same year, random seed and "now".
/// </summary>
public sealed class DemoSeedOptions
{
    private const string ItemKey = "platform.seed-options";

    /// <summary>How many tenants receive data: the largest first (UBND tỉnh, its office, departments, wards, communes).</summary>
    public int Tenants { get; init; } = 200;

    /// <summary>Documents in total, incoming and outgoing (the documents seeder).</summary>
    public int Documents { get; init; } = 1_000_000;

    /// <summary>One-stop applications in total (hồ sơ TTHC), over the tenants that have a procedure catalogue; 0 for none.</summary>
    public int Applications { get; init; }

    /// <summary>Work files (hồ sơ công việc) in total over the tenants with documents, each holding some of their documents; 0 for none.</summary>
    public int WorkFiles { get; init; }

    /// <summary>Year of receipt/issue; for the current year, data stops at today. 0 in the options: the current year (Vietnam time).</summary>
    public int Year { get; init; }

    /// <summary>Share of <see cref="Documents"/> that are outgoing (văn bản đi) with their recipients.</summary>
    public double OutgoingShare { get; init; } = 0.15;

    /// <summary>Tenants seeded at the same time, one connection each.</summary>
    public int Parallelism { get; init; } = 2;

    /// <summary>At most this many documents per transaction (one COPY per table each).</summary>
    public int BatchSize { get; init; } = 25_000;

    /// <summary>Same value, same data (ids apart). Unset: a new random series each run.</summary>
    public int? RandomSeed { get; init; }

    /// <summary>
    /// Optional connection string for seeding. Default: the owner connection. A role that bypasses row-level security
    /// (superuser or BYPASSRLS) lets COPY write the tables directly; otherwise rows go through temporary staging tables.
    /// </summary>
    public string? ConnectionString { get; init; }

    /// <summary>The development realm, to assign documents to the demo users of each tenant (by their <c>sub</c>).</summary>
    public string? RealmFile { get; init; }

    /// <summary>VACUUM ANALYZE the seeded tables afterwards (statistics for the planner, GIN pending list flushed).</summary>
    public bool Vacuum { get; init; } = true;

    /// <summary>One instant for the whole run: every seeder stops its data at the same "now".</summary>
    public DateTime NowUtc { get; init; }

    /// <summary><see cref="RandomSeed"/>, or one random value drawn for the whole run.</summary>
    public int BaseSeed { get; init; }

    /// <summary>The options of this run, parsed on first use and kept in <see cref="DemoSeedContext.Items"/>.</summary>
    public static DemoSeedOptions Of(DemoSeedContext context)
    {
        if (context.Items.TryGetValue(ItemKey, out var existing) && existing is DemoSeedOptions known)
        {
            return known;
        }
        var nowUtc = DateTime.UtcNow;
        var year = context.Int(nameof(Year), 0);
        var seed = context.Options.TryGetValue(nameof(RandomSeed), out var s) && int.TryParse(s, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
        var options = new DemoSeedOptions
        {
            Tenants = context.Int(nameof(Tenants), 200),
            Documents = context.Int(nameof(Documents), 1_000_000),
            Applications = context.Int(nameof(Applications), 0),
            WorkFiles = context.Int(nameof(WorkFiles), 0),
            Year = year == 0 ? DemoCalendar.Today(nowUtc).Year : year,
            OutgoingShare = context.Options.TryGetValue(nameof(OutgoingShare), out var share)
                            && double.TryParse(share, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : 0.15,
            Parallelism = context.Int(nameof(Parallelism), 2),
            BatchSize = context.Int(nameof(BatchSize), 25_000),
            RandomSeed = seed,
            ConnectionString = context.Options.GetValueOrDefault(nameof(ConnectionString)),
            RealmFile = context.Options.GetValueOrDefault(nameof(RealmFile)),
            Vacuum = !context.Options.TryGetValue(nameof(Vacuum), out var vacuum) || !bool.TryParse(vacuum, out var v) || v,
            NowUtc = nowUtc,
            BaseSeed = seed ?? Random.Shared.Next(),
        };
        context.Items[ItemKey] = options;
        return options;
    }

    /// <summary>Why the options cannot be seeded, or null.</summary>
    public string? Problem()
    {
        if (Documents < 0 || Applications < 0 || WorkFiles < 0 || Documents + Applications + WorkFiles == 0 || Tenants <= 0 || BatchSize <= 0
            || OutgoingShare is < 0 or > 1 || Year > DemoCalendar.Today(NowUtc).Year)
        {
            return "seed-demo: Documents, Applications and WorkFiles must not be negative (nor all 0), Tenants and BatchSize positive, OutgoingShare in 0..1, Year not in the future.";
        }
        return null;
    }
}

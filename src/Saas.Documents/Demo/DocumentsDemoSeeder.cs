using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Options;
using Npgsql;
using Saas.Platform.Data;
using Saas.Platform.Demo;
using Saas.Platform.MultiTenancy;
using static Saas.Platform.Demo.DemoCopy;
using static Saas.Platform.Demo.DemoTenants;

namespace Saas.Documents.Demo;

/// <summary>
/// The documents part of <c>seed-demo</c>: fills the document tables with realistic Vietnamese incoming and outgoing
/// documents for many tenants, for demos and load tests. Fast path: Npgsql binary COPY (<see cref="DemoCopy"/>, which
/// explains how row-level security is respected), one transaction per batch of one tenant.
/// <para>
/// Numbering: each batch reserves its block of số đến / số đi with one
/// <c>INSERT … ON CONFLICT DO UPDATE … RETURNING</c> per register and year on <c>register_counters</c>, inside the
/// batch's transaction — the same row lock the application takes — so a re-run, or a clerk registering at the same
/// time, continues the series without gaps or duplicates.
/// </para>
/// <para>
/// Whatever it seeds, it leaves <see cref="DemoDocumentPool"/> in the context for the work files to link documents
/// (from this run or an earlier one) without reading the documents schema themselves.
/// </para>
/// </summary>
internal sealed partial class DocumentsDemoSeeder(IOptions<DatabaseOptions> database) : IDemoSeeder
{
    public int Order => 100;

    public string Name => "documents";

    public async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        context.Items[DemoDocumentPool.ItemKey] = new DemoDocumentPool();
        var o = DemoSeedOptions.Of(context);
        if (o.Documents > 0)
        {
            await SeedDocumentsAsync(context.Tenants(), new DemoConnections(database.Value, o.ConnectionString), o);
        }
    }

    private sealed class Progress
    {
        public long Documents;
        public long Rows;
        public int Tenants;
    }

    private static async Task SeedDocumentsAsync(IReadOnlyList<TenantInfo> active, DemoConnections connections, DemoSeedOptions o)
    {
        var (nowUtc, baseSeed) = (o.NowUtc, o.BaseSeed);
        var realm = RealmUsers(o.RealmFile);
        var issuers = Issuers(active);
        var candidates = new List<SeedTenant>();
        foreach (var group in active.GroupBy(t => t.DatabaseConnectionString ?? ""))
        {
            candidates.AddRange(await LoadTenantsAsync(connections.For(group.Key.Length == 0 ? null : group.Key), group.ToList(), issuers, realm));
        }
        var tenants = candidates
            .OrderBy(t => t.Slug is "ubnd-tinh" or "so-noi-vu" ? 0 : 1)
            .ThenBy(t => LevelRank(t.Level)).ThenBy(t => t.Slug, StringComparer.Ordinal)
            .Take(o.Tenants).ToList();
        if (tenants.Count == 0)
        {
            throw new DemoSeedFailedException(1, "seed-demo: no active tenant with an incoming register — run `tenants apply` first.");
        }
        if (tenants.Count < o.Tenants)
        {
            Console.WriteLine($"Only {tenants.Count} active tenants have document registers (of {active.Count} active); seeding those.");
        }
        Distribute(tenants, o);

        var days = DemoCalendar.WorkingDays(o.Year, nowUtc);
        var total = tenants.Sum(t => (long)t.IncomingCount + t.OutgoingCount);
        var bypass = new ConcurrentDictionary<string, bool>();
        foreach (var cs in tenants.Select(t => connections.For(t.Placement)).Distinct())
        {
            bypass[cs] = await BypassesRlsAsync(cs);
        }
        Console.WriteLine(
            $"Seeding {total:N0} documents ({tenants.Sum(t => t.IncomingCount):N0} incoming, {tenants.Sum(t => t.OutgoingCount):N0} outgoing) " +
            $"over {tenants.Count} tenants, year {o.Year} ({days.Count} working days), {o.Parallelism} in parallel, " +
            $"{(bypass.Values.All(b => b) ? "direct COPY" : "COPY into staging tables + INSERT … SELECT (row-level security is forced)")}.");
        Console.WriteLine($"Largest: {string.Join(", ", tenants.OrderByDescending(t => t.IncomingCount).Take(3).Select(t => $"{t.Slug} {t.IncomingCount + t.OutgoingCount:N0}"))}");

        var progress = new Progress();
        var clock = Stopwatch.StartNew();
        using var cts = new CancellationTokenSource();
        var reporter = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5));
            while (await timer.WaitForNextTickAsync(cts.Token).ConfigureAwait(false))
            {
                Report(progress, total, tenants.Count, clock.Elapsed);
            }
        });

        var queue = new ConcurrentQueue<SeedTenant>(tenants.OrderByDescending(t => t.IncomingCount + t.OutgoingCount));
        var workers = Enumerable.Range(0, Math.Max(1, o.Parallelism)).Select(_ => Task.Run(async () =>
        {
            var open = new Dictionary<string, NpgsqlConnection>();
            try
            {
                while (queue.TryDequeue(out var t))
                {
                    var cs = connections.For(t.Placement);
                    if (!open.TryGetValue(cs, out var conn))
                    {
                        conn = new NpgsqlConnection(cs);
                        await conn.OpenAsync();
                        await ExecAsync(conn, null, "set temp_buffers = '256MB'");
                        open[cs] = conn;
                    }
                    await SeedTenantAsync(conn, bypass[cs], t, o, days, issuers, nowUtc, baseSeed, progress);
                    Interlocked.Increment(ref progress.Tenants);
                }
            }
            finally
            {
                foreach (var c in open.Values)
                {
                    await c.DisposeAsync();
                }
            }
        })).ToList();
        try
        {
            await Task.WhenAll(workers);
        }
        finally
        {
            await cts.CancelAsync();
            try
            {
                await reporter;
            }
            catch (OperationCanceledException)
            {
            }
        }
        var loadTime = clock.Elapsed;
        Report(progress, total, tenants.Count, loadTime);
        Console.WriteLine($"Loaded {progress.Documents:N0} documents ({progress.Rows:N0} rows with assignments, approvals, recipients, history) " +
                          $"in {loadTime.TotalSeconds:N1} s: {progress.Documents / loadTime.TotalSeconds:N0} documents/s.");
        if (o.Vacuum)
        {
            var v = Stopwatch.StartNew();
            foreach (var cs in tenants.Select(t => connections.For(t.Placement)).Distinct())
            {
                await VacuumAsync(cs, Tables.Select(x => "documents." + x));
            }
            Console.WriteLine($"VACUUM ANALYZE in {v.Elapsed.TotalSeconds:N1} s. Total {clock.Elapsed.TotalSeconds:N1} s.");
        }
    }

    private static void Report(Progress p, long total, int tenants, TimeSpan elapsed)
    {
        var done = Interlocked.Read(ref p.Documents);
        var rate = done / Math.Max(0.001, elapsed.TotalSeconds);
        var eta = rate > 0 ? TimeSpan.FromSeconds((total - done) / rate) : TimeSpan.Zero;
        Console.WriteLine($"[{elapsed:mm\\:ss}] {done:N0}/{total:N0} documents ({100.0 * done / total:N1}%), {Volatile.Read(ref p.Tenants)}/{tenants} tenants, " +
                          $"{rate:N0} documents/s, ETA {eta:mm\\:ss}");
    }

    private static async Task SeedTenantAsync(
        NpgsqlConnection conn, bool direct, SeedTenant t, DemoSeedOptions o, List<DateOnly> days, List<SeedIssuer> issuers, DateTime nowUtc,
        int baseSeed, Progress progress)
    {
        var docs = t.IncomingCount + t.OutgoingCount;
        var batches = Math.Max(1, (int)Math.Ceiling(docs / (double)o.BatchSize));
        batches = Math.Min(batches, days.Count);
        for (var b = 0; b < batches; b++)
        {
            // Batch b covers a contiguous slice of the year, so numbers stay in time order across batches.
            var slice = days.GetRange(b * days.Count / batches, ((b + 1) * days.Count / batches) - (b * days.Count / batches));
            var incomingCount = Share(t.IncomingCount, b, batches);
            var outgoingCount = Share(t.OutgoingCount, b, batches);
            var rng = new Random(HashCode.Combine(baseSeed, StableHash(t.Slug), b));
            var gen = new DocumentsDemoGenerator(rng, issuers, nowUtc);
            var incoming = gen.Incoming(t, incomingCount, slice);
            var outgoing = gen.Outgoing(t, outgoingCount, slice);
            var rows = await WriteBatchAsync(conn, direct, t, incoming, outgoing);
            Interlocked.Add(ref progress.Documents, incoming.Count + outgoing.Count);
            Interlocked.Add(ref progress.Rows, rows);
        }
    }

    private static int Share(int total, int index, int parts) => (int)((long)total * (index + 1) / parts - (long)total * index / parts);
}

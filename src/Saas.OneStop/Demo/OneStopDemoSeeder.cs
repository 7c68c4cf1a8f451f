using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Npgsql;
using Saas.OneStop.Applications;
using Saas.Platform.Data;
using Saas.Platform.Demo;
using Saas.Platform.MultiTenancy;
using static Saas.Platform.Demo.DemoCopy;
using static Saas.Platform.Demo.DemoTenants;

namespace Saas.OneStop.Demo;

/// <summary>
/// The one-stop part of <c>seed-demo</c>: applications (hồ sơ TTHC) received over the year by the tenants that have a
/// procedure catalogue, with the shapes the province's statistics look at — a share received online that differs by
/// tenant and grows during the year, early/on-time/late endings, supplement requests (one, sometimes two), refusals and
/// withdrawals, results returned, satisfaction ratings, and applications still pending (some overdue).
/// <para>
/// Codes follow the live allocator (<c>&lt;prefix&gt;-YYMMDD-NNNN</c>) and reserve their numbers on
/// <c>onestop.code_counters</c> inside the tenant's transaction, so counter officers working at the same time continue
/// the day's series without a gap or a duplicate. Not generated: the copies held by departments for linked procedures,
/// hand-over rows (form 06) and paper files.
/// </para>
/// </summary>
internal sealed partial class OneStopDemoSeeder(IOptions<DatabaseOptions> database, IConfiguration config) : IDemoSeeder
{
    public int Order => 200;

    public string Name => "onestop";

    public async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        var o = DemoSeedOptions.Of(context);
        if (o.Applications > 0)
        {
            await SeedApplicationsAsync(context.Tenants(), new DemoConnections(database.Value, o.ConnectionString), o);
        }
    }

    /// <summary>Seeds <see cref="DemoSeedOptions.Applications"/> applications over the tenants' catalogues; returns how many were written.</summary>
    private async Task<long> SeedApplicationsAsync(IReadOnlyList<TenantInfo> active, DemoConnections connections, DemoSeedOptions o)
    {
        var (nowUtc, baseSeed) = (o.NowUtc, o.BaseSeed);
        var tenants = new List<SeedApplicationTenant>();
        foreach (var group in active.GroupBy(t => t.DatabaseConnectionString ?? ""))
        {
            var procedures = await LoadProceduresAsync(connections.For(group.Key.Length == 0 ? null : group.Key));
            foreach (var t in group)
            {
                if (procedures.GetValueOrDefault(t.Id) is { Count: > 0 } list)
                {
                    tenants.Add(new SeedApplicationTenant(t, ApplicationCodeAllocator.PrefixOf(t, config), list, 0));
                }
            }
        }
        // Wards and communes receive most applications; departments the province-level ones.
        tenants = [.. tenants.OrderBy(t => LevelRank(t.Tenant.Level) is 3 or 4 ? 0 : 1).ThenBy(t => t.Tenant.Slug, StringComparer.Ordinal).Take(o.Tenants)];
        if (tenants.Count == 0)
        {
            Console.WriteLine("No tenant has a procedure catalogue: no applications seeded (run `tenants apply` first).");
            return 0;
        }
        var weights = tenants.Select(t => t.Tenant.Level switch { "ward" => 3.0, "commune" => 2.0, "department" => 4.0, _ => 1.0 }).ToList();
        var sum = weights.Sum();
        var assigned = 0;
        for (var i = 0; i < tenants.Count; i++)
        {
            var n = i == tenants.Count - 1 ? o.Applications - assigned : (int)(o.Applications * weights[i] / sum);
            assigned += n;
            tenants[i] = tenants[i] with { Count = n };
        }

        var days = DemoCalendar.WorkingDays(o.Year, nowUtc);
        var clock = Stopwatch.StartNew();
        long written = 0;
        var queue = new ConcurrentQueue<SeedApplicationTenant>(tenants.OrderByDescending(t => t.Count));
        Console.WriteLine($"Seeding {o.Applications:N0} one-stop applications over {tenants.Count} tenants, year {o.Year}.");
        var workers = Enumerable.Range(0, Math.Max(1, o.Parallelism)).Select(_ => Task.Run(async () =>
        {
            while (queue.TryDequeue(out var t))
            {
                var cs = connections.For(t.Tenant.DatabaseConnectionString);
                await using var conn = new NpgsqlConnection(cs);
                await conn.OpenAsync();
                var apps = GenerateApplications(t, days, nowUtc, new Random(HashCode.Combine(baseSeed, StableHash(t.Tenant.Slug), 766)));
                await WriteApplicationsAsync(conn, await BypassesRlsAsync(cs), t, apps);
                Interlocked.Add(ref written, apps.Count);
            }
        })).ToList();
        await Task.WhenAll(workers);
        Console.WriteLine($"Loaded {written:N0} applications in {clock.Elapsed.TotalSeconds:N1} s.");
        if (o.Vacuum)
        {
            foreach (var cs in tenants.Select(t => connections.For(t.Tenant.DatabaseConnectionString)).Distinct())
            {
                await VacuumAsync(cs, ["onestop.applications", "onestop.pauses", "onestop.application_events", "onestop.ratings", "onestop.code_counters"]);
            }
        }
        return written;
    }

    private static async Task<Dictionary<Guid, List<SeedProcedure>>> LoadProceduresAsync(string cs)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var tx = await BeginPlatformScopeAsync(conn);
        var result = new Dictionary<Guid, List<SeedProcedure>>();
        await using var cmd = new NpgsqlCommand(
            "select tenant_id, code, name, time_unit, time_value, route::text from onestop.procedures where active order by tenant_id, code", conn, tx);
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync())
        {
            var hours = r.GetString(3) == "hours" ? r.GetDecimal(4) : r.GetDecimal(4) * 8;
            var procedure = new SeedProcedure(r.GetString(1), r.GetString(2), Math.Max(1, (int)Math.Ceiling(hours / 8)), hours, r.GetString(5));
            if (!result.TryGetValue(r.GetGuid(0), out var list))
            {
                result[r.GetGuid(0)] = list = [];
            }
            list.Add(procedure);
        }
        return result;
    }
}

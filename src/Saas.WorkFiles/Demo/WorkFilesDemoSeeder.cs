using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Saas.Documents.Demo;
using Saas.Platform.Data;
using Saas.Platform.Demo;
using Saas.Platform.MultiTenancy;
using static Saas.Platform.Demo.DemoCopy;
using static Saas.Platform.Demo.DemoTenants;

namespace Saas.WorkFiles.Demo;

/// <summary>
/// The work-file part of <c>seed-demo</c>: hồ sơ công việc opened over the year by the tenants that have documents, each
/// holding 2–6 of the tenant's seeded incoming documents (without copying them), most of them closed. Whether a closed
/// file was processed entirely online follows from its documents, as in the live service (all electronic); each tenant
/// has its own share, rising over the year, so the province dashboard has laggards and leaders to show. The documents
/// come from the documents seeder's <see cref="DemoDocumentPool"/>: this seeder writes only the work-files schema.
/// </summary>
internal sealed class WorkFilesDemoSeeder(IOptions<DatabaseOptions> database) : IDemoSeeder
{
    private static readonly TimeSpan Vn = DemoCalendar.Vn;

    public int Order => 300;

    public string Name => "workfiles";

    public async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        var o = DemoSeedOptions.Of(context);
        if (o.WorkFiles > 0)
        {
            var pool = context.Items.TryGetValue(DemoDocumentPool.ItemKey, out var value) ? value as DemoDocumentPool : null;
            await SeedWorkFilesAsync(context.Tenants(), new DemoConnections(database.Value, o.ConnectionString), pool, o);
        }
    }

    private static readonly string[] WorkFileColumns =
    [
        "tenant_id", "id", "code", "title", "retention_years", "creator_id", "creator_name", "start_date", "end_date", "status", "closed_at",
        "doc_count", "page_count", "fully_online", "deposit_due", "created_at",
    ];

    private static readonly string[] WorkFileDocumentColumns =
        ["tenant_id", "file_id", "document_kind", "document_id", "title", "number_notation", "document_date", "pages", "electronic", "added_by", "added_at"];

    private static readonly string[] FileTopics =
    [
        "Hồ sơ chuyển đổi số năm", "Hồ sơ cải cách hành chính năm", "Hồ sơ phòng chống thiên tai năm", "Hồ sơ xây dựng nông thôn mới năm",
        "Hồ sơ thi đua khen thưởng năm", "Hồ sơ tiếp công dân năm", "Hồ sơ quản lý tài sản công năm", "Hồ sơ an toàn thông tin năm",
    ];

    private sealed record SeedFileTenant(Guid Id, string Slug, string? Placement, long Documents);

    /// <summary>Seeds <see cref="DemoSeedOptions.WorkFiles"/> work files over the tenants with seeded documents.</summary>
    private static async Task<long> SeedWorkFilesAsync(IReadOnlyList<TenantInfo> active, DemoConnections connections, DemoDocumentPool? pool, DemoSeedOptions o)
    {
        var (nowUtc, baseSeed) = (o.NowUtc, o.BaseSeed);
        var tenants = new List<SeedFileTenant>();
        foreach (var group in pool is null ? Enumerable.Empty<IGrouping<string, TenantInfo>>() : active.GroupBy(t => t.DatabaseConnectionString ?? ""))
        {
            await using var conn = new NpgsqlConnection(connections.For(group.Key.Length == 0 ? null : group.Key));
            await conn.OpenAsync();
            await using var tx = await BeginPlatformScopeAsync(conn);
            var counts = await pool!.CountByTenantAsync(conn, tx);
            tenants.AddRange(group.Where(t => counts.ContainsKey(t.Id)).Select(t => new SeedFileTenant(t.Id, t.Slug, t.DatabaseConnectionString, counts[t.Id])));
        }
        if (pool is null || tenants.Count == 0)
        {
            Console.WriteLine("No tenant has documents: no work files seeded (seed documents first).");
            return 0;
        }
        var total = tenants.Sum(t => t.Documents);
        var clock = Stopwatch.StartNew();
        long written = 0;
        var queue = new ConcurrentQueue<(SeedFileTenant Tenant, int Count)>(tenants.Select(t => (t, (int)Math.Max(1, o.WorkFiles * t.Documents / total))));
        Console.WriteLine($"Seeding about {o.WorkFiles:N0} work files over {tenants.Count} tenants.");
        var workers = Enumerable.Range(0, Math.Max(1, o.Parallelism)).Select(_ => Task.Run(async () =>
        {
            while (queue.TryDequeue(out var job))
            {
                var cs = connections.For(job.Tenant.Placement);
                await using var conn = new NpgsqlConnection(cs);
                await conn.OpenAsync();
                var n = await WriteWorkFilesAsync(conn, await BypassesRlsAsync(cs), pool, job.Tenant, job.Count, o.Year, nowUtc,
                    new Random(HashCode.Combine(baseSeed, StableHash(job.Tenant.Slug), 30)));
                Interlocked.Add(ref written, n);
            }
        })).ToList();
        await Task.WhenAll(workers);
        Console.WriteLine($"Loaded {written:N0} work files in {clock.Elapsed.TotalSeconds:N1} s.");
        return written;
    }

    private static async Task<int> WriteWorkFilesAsync(
        NpgsqlConnection conn, bool direct, DemoDocumentPool documents, SeedFileTenant t, int count, int year, DateTime nowUtc, Random r)
    {
        await using var tx = await BeginTenantBatchAsync(conn, t.Id);
        var docs = await documents.TakeAsync(conn, tx, t.Id, count * 6);
        var electronic = docs.Where(d => d.Electronic).ToList();
        var paper = docs.Where(d => !d.Electronic).ToList();
        if (docs.Count == 0)
        {
            await tx.RollbackAsync();
            return 0;
        }
        var today = DateOnly.FromDateTime(nowUtc + Vn);
        var onlineBase = 0.3 + 0.6 * r.NextDouble();
        var files = new List<(Guid Id, string Code, string Title, DateOnly Start, DateOnly? End, DateTime Created, DateTime? Closed, List<DemoDocument> Docs)>();
        for (var i = 0; i < count; i++)
        {
            var start = new DateOnly(year, 1, 1).AddDays(r.Next(0, Math.Max(1, Math.Min(365, today.DayNumber - new DateOnly(year, 1, 1).DayNumber + 1))));
            var progress = (start.DayOfYear - 1) / 365.0;
            var online = r.NextDouble() < Math.Min(0.98, onlineBase * (0.75 + 0.5 * progress));
            var pool = online && electronic.Count > 0 ? electronic : docs;
            var chosen = Enumerable.Range(0, r.Next(2, 7)).Select(_ => pool[r.Next(pool.Count)]).DistinctBy(d => d.Id).ToList();
            if (!online && paper.Count > 0 && chosen.All(d => d.Electronic))
            {
                chosen.Add(paper[r.Next(paper.Count)]);
            }
            var end = start.AddDays(r.Next(10, 120));
            var closed = end <= today && r.NextDouble() < 0.8;
            var created = DateTime.SpecifyKind(start.ToDateTime(new TimeOnly(8, 0)) - Vn, DateTimeKind.Utc);
            files.Add((Guid.CreateVersion7(), $"{(i % 40) + 1:00}.{t.Slug[..Math.Min(3, t.Slug.Length)].ToUpperInvariant()}-{year % 100}-{i + 1}",
                $"{FileTopics[r.Next(FileTopics.Length)]} {year} ({i + 1})", start, closed ? end : null, created,
                closed ? DateTime.SpecifyKind(end.ToDateTime(new TimeOnly(16, 30)) - Vn, DateTimeKind.Utc) : null, chosen));
        }
        await CopyAsync(conn, tx, direct, "workfiles", "work_files", WorkFileColumns, files, (w, f) =>
        {
            w.Write(t.Id, NpgsqlDbType.Uuid);
            w.Write(f.Id, NpgsqlDbType.Uuid);
            w.Write(f.Code, NpgsqlDbType.Text);
            w.Write(f.Title, NpgsqlDbType.Text);
            w.Write(10, NpgsqlDbType.Integer);
            w.Write("seed-demo", NpgsqlDbType.Text);
            w.Write("Văn thư cơ quan", NpgsqlDbType.Text);
            w.Write(f.Start, NpgsqlDbType.Date);
            Value(w, f.End, NpgsqlDbType.Date);
            w.Write(f.Closed is null ? "open" : "closed", NpgsqlDbType.Text);
            Value(w, f.Closed, NpgsqlDbType.TimestampTz);
            Value<int>(w, f.Closed is null ? null : f.Docs.Count, NpgsqlDbType.Integer);
            Value<int>(w, f.Closed is null ? null : f.Docs.Sum(d => d.Pages ?? 0), NpgsqlDbType.Integer);
            Value<bool>(w, f.Closed is null ? null : f.Docs.All(d => d.Electronic), NpgsqlDbType.Boolean);
            Value(w, f.Closed is null ? null : f.End?.AddYears(1), NpgsqlDbType.Date); // as WorkFileService: one year after the end
            w.Write(f.Created, NpgsqlDbType.TimestampTz);
        });
        await CopyAsync(conn, tx, direct, "workfiles", "work_file_documents", WorkFileDocumentColumns, files.SelectMany(f => f.Docs.Select(d => (f, d))), (w, x) =>
        {
            w.Write(t.Id, NpgsqlDbType.Uuid);
            w.Write(x.f.Id, NpgsqlDbType.Uuid);
            w.Write("incoming", NpgsqlDbType.Text);
            w.Write(x.d.Id, NpgsqlDbType.Uuid);
            w.Write(x.d.Subject, NpgsqlDbType.Text);
            w.Write(x.d.Number, NpgsqlDbType.Text);
            w.Write(x.d.Issued, NpgsqlDbType.Date);
            Value(w, x.d.Pages, NpgsqlDbType.Integer);
            w.Write(x.d.Electronic, NpgsqlDbType.Boolean);
            w.Write("Văn thư cơ quan", NpgsqlDbType.Text);
            w.Write(x.f.Created, NpgsqlDbType.TimestampTz);
        });
        await tx.CommitAsync();
        return files.Count;
    }
}

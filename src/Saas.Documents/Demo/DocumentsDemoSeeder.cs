using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;
using Saas.Tenancy.Catalog;

namespace Saas.Host.Cli;

/// <summary>
/// <c>seed-demo</c>: fills the document tables with realistic Vietnamese incoming and outgoing documents for many
/// tenants, for demos and load tests. Fast path: Npgsql binary COPY, one transaction per batch of one tenant.
/// <para>
/// Row-level security is forced on every document table, and PostgreSQL refuses <c>COPY FROM</c> into a table with
/// RLS enabled for the current role ("COPY FROM not supported with row-level security") — the owner role included,
/// platform scope or not. So, unless the seeding role bypasses RLS (superuser or BYPASSRLS: direct COPY), rows are
/// COPYed into temporary tables of the transaction and moved with one <c>INSERT … SELECT</c> per table under
/// <c>app.platform_scope = on</c>, where the policies' WITH CHECK passes.
/// </para>
/// <para>
/// Numbering: each batch reserves its block of số đến / số đi with one
/// <c>INSERT … ON CONFLICT DO UPDATE … RETURNING</c> per register and year on <c>register_counters</c>, inside the
/// batch's transaction — the same row lock the application takes — so a re-run, or a clerk registering at the same
/// time, continues the series without gaps or duplicates.
/// </para>
/// </summary>
internal static partial class SeedDemo
{
    private static readonly TimeSpan Vn = TimeSpan.FromHours(7);

    private static readonly string[] IncomingColumns =
    [
        "tenant_id", "id", "status", "source", "issuer_name", "issuer_code", "number_notation", "issued_date", "document_type_code", "subject",
        "signer_name", "signer_position", "urgency", "secrecy", "page_count", "due_date", "received_at", "register_code", "arrival_year",
        "arrival_number", "registered_at", "registered_by", "returned_reason", "processing_deadline", "finished_at", "result_note",
        "search_text", "created_at", "updated_at",
    ];

    private static readonly string[] AssignmentColumns =
    [
        "tenant_id", "document_id", "id", "assignee_id", "assignee_name", "role", "deadline", "assigned_by", "assigned_by_name", "assigned_at",
        "status", "finished_at",
    ];

    private static readonly string[] EventColumns = ["tenant_id", "document_id", "document_kind", "at", "actor_id", "actor_name", "kind", "note", "data"];

    private static readonly string[] OutgoingColumns =
    [
        "tenant_id", "id", "status", "document_type_code", "subject", "urgency", "secrecy", "drafting_unit", "drafter_id", "drafter_name",
        "page_count", "due_date", "route", "route_step", "signing_authority", "signer_name", "signer_position", "signed_at", "register_code",
        "issue_year", "issue_number", "number_notation", "issued_at", "issued_by", "recalled_at", "recall_reason", "search_text", "created_at",
        "updated_at",
    ];

    private static readonly string[] ApprovalColumns =
        ["tenant_id", "document_id", "seq", "step", "role", "decision", "decided_by", "decided_by_name", "note", "decided_at"];

    private static readonly string[] RecipientColumns = ["tenant_id", "document_id", "id", "kind", "name", "status_note", "status_at"];

    private static readonly string[] Tables =
    [
        "incoming_documents", "incoming_assignments", "outgoing_documents", "outgoing_approvals", "outgoing_recipients", "document_events",
        "register_counters",
    ];

    private sealed class Progress
    {
        public long Documents;
        public long Rows;
        public int Tenants;
    }

    public static async Task<int> RunAsync(WebApplication app)
    {
        var o = app.Configuration.GetSection("Seed").Get<SeedDemoOptions>() ?? new SeedDemoOptions();
        var db = app.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()!;
        var nowUtc = DateTime.UtcNow;
        if (o.Year == 0)
        {
            o.Year = (nowUtc + Vn).Year;
        }
        if (o.Documents < 0 || o.Applications < 0 || o.WorkFiles < 0 || o.Documents + o.Applications + o.WorkFiles == 0 || o.Tenants <= 0 || o.BatchSize <= 0
            || o.OutgoingShare is < 0 or > 1 || o.Year > (nowUtc + Vn).Year)
        {
            await Console.Error.WriteLineAsync(
                "seed-demo: Documents, Applications and WorkFiles must not be negative (nor all 0), Tenants and BatchSize positive, OutgoingShare in 0..1, Year not in the future.");
            return 2;
        }
        Func<string?, string> connectionFor = placement =>
        {
            if (string.IsNullOrWhiteSpace(o.ConnectionString))
            {
                return db.ForPlacement(placement, owner: true);
            }
            var b = new NpgsqlConnectionStringBuilder(o.ConnectionString);
            if (!string.IsNullOrWhiteSpace(placement) && new NpgsqlConnectionStringBuilder(placement).Database is { } database)
            {
                b.Database = database;
            }
            return b.ConnectionString;
        };

        var catalog = await app.Services.GetRequiredService<ITenantCatalog>().ListAsync();
        var active = catalog.Where(t => t.Status == TenantStatuses.Active).ToList();
        var baseSeed = o.RandomSeed ?? Random.Shared.Next();
        if (o.Documents > 0)
        {
            var code = await SeedDocumentsAsync(active, connectionFor, o, nowUtc, baseSeed);
            if (code != 0)
            {
                return code;
            }
        }
        if (o.Applications > 0)
        {
            await SeedApplicationsAsync(app.Configuration, active, connectionFor, o, nowUtc, baseSeed);
        }
        if (o.WorkFiles > 0)
        {
            await SeedWorkFilesAsync(active, connectionFor, o, nowUtc, baseSeed);
        }
        return 0;
    }

    private static async Task<int> SeedDocumentsAsync(List<Tenant> active, Func<string?, string> connectionFor, SeedDemoOptions o, DateTime nowUtc, int baseSeed)
    {
        var realm = RealmUsers(o.RealmFile);
        var issuers = Issuers(active);
        var candidates = new List<SeedTenant>();
        foreach (var group in active.GroupBy(t => t.DatabasePlacement ?? ""))
        {
            candidates.AddRange(await LoadTenantsAsync(connectionFor(group.Key.Length == 0 ? null : group.Key), group.ToList(), issuers, realm));
        }
        var tenants = candidates
            .OrderBy(t => t.Slug is "ubnd-tinh" or "so-noi-vu" ? 0 : 1)
            .ThenBy(t => LevelRank(t.Level)).ThenBy(t => t.Slug, StringComparer.Ordinal)
            .Take(o.Tenants).ToList();
        if (tenants.Count == 0)
        {
            await Console.Error.WriteLineAsync("seed-demo: no active tenant with an incoming register — run `tenants apply` first.");
            return 1;
        }
        if (tenants.Count < o.Tenants)
        {
            Console.WriteLine($"Only {tenants.Count} active tenants have document registers (of {active.Count} active); seeding those.");
        }
        Distribute(tenants, o);

        var days = WorkingDays(o.Year, nowUtc);
        var total = tenants.Sum(t => (long)t.IncomingCount + t.OutgoingCount);
        var bypass = new ConcurrentDictionary<string, bool>();
        foreach (var cs in tenants.Select(t => connectionFor(t.Placement)).Distinct())
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
            var connections = new Dictionary<string, NpgsqlConnection>();
            try
            {
                while (queue.TryDequeue(out var t))
                {
                    var cs = connectionFor(t.Placement);
                    if (!connections.TryGetValue(cs, out var conn))
                    {
                        conn = new NpgsqlConnection(cs);
                        await conn.OpenAsync();
                        await ExecAsync(conn, null, "set temp_buffers = '256MB'");
                        connections[cs] = conn;
                    }
                    await SeedTenantAsync(conn, bypass[cs], t, o, days, issuers, nowUtc, baseSeed, progress);
                    Interlocked.Increment(ref progress.Tenants);
                }
            }
            finally
            {
                foreach (var c in connections.Values)
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
            foreach (var cs in tenants.Select(t => connectionFor(t.Placement)).Distinct())
            {
                await using var conn = new NpgsqlConnection(cs);
                await conn.OpenAsync();
                await ExecAsync(conn, null, $"vacuum (analyze) {string.Join(", ", Tables.Select(x => "documents." + x))}", timeout: 0);
            }
            Console.WriteLine($"VACUUM ANALYZE in {v.Elapsed.TotalSeconds:N1} s. Total {clock.Elapsed.TotalSeconds:N1} s.");
        }
        return 0;
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
        NpgsqlConnection conn, bool direct, SeedTenant t, SeedDemoOptions o, List<DateOnly> days, List<SeedIssuer> issuers, DateTime nowUtc,
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
            var gen = new SeedDemoGenerator(rng, issuers, nowUtc);
            var incoming = gen.Incoming(t, incomingCount, slice);
            var outgoing = gen.Outgoing(t, outgoingCount, slice);
            var rows = await WriteBatchAsync(conn, direct, t, incoming, outgoing);
            Interlocked.Add(ref progress.Documents, incoming.Count + outgoing.Count);
            Interlocked.Add(ref progress.Rows, rows);
        }
    }

    private static int Share(int total, int index, int parts) => (int)((long)total * (index + 1) / parts - (long)total * index / parts);

    private static async Task<long> WriteBatchAsync(NpgsqlConnection conn, bool direct, SeedTenant t, List<SeedIncoming> incoming, List<SeedOutgoing> outgoing)
    {
        await using var tx = await conn.BeginTransactionAsync();
        await using (var cmd = new NpgsqlCommand(
            "select set_config('app.platform_scope', 'on', true), set_config('app.tenant_id', @t, true), " +
            "set_config('synchronous_commit', 'off', true), set_config('gin_pending_list_limit', '16384', true)", conn, tx))
        {
            cmd.Parameters.AddWithValue("t", t.Id.ToString());
            await cmd.ExecuteNonQueryAsync();
        }

        // Reserve số đến per register and year, then hand them out in order of receipt.
        foreach (var g in incoming.Where(d => d.Register is not null).GroupBy(d => (d.Register!.Code, d.ArrivalYear!.Value)))
        {
            var list = g.ToList();
            var next = await ReserveAsync(conn, tx, t.Id, g.Key.Code, g.Key.Value, list.Count);
            foreach (var d in list)
            {
                d.ArrivalNumber = next++;
            }
        }
        foreach (var g in outgoing.Where(d => d.Register is not null).OrderBy(d => d.IssuedAt).GroupBy(d => (d.Register!.Code, d.IssueYear!.Value)))
        {
            var list = g.ToList();
            var next = await ReserveAsync(conn, tx, t.Id, g.Key.Code, g.Key.Value, list.Count);
            foreach (var d in list)
            {
                SeedDemoGenerator.Number(t, d, next++);
            }
        }

        long rows = 0;
        rows += await CopyAsync(conn, tx, direct, "incoming_documents", IncomingColumns, incoming, (w, d) => WriteIncoming(w, t, d));
        rows += await CopyAsync(conn, tx, direct, "incoming_assignments", AssignmentColumns,
            incoming.SelectMany(d => d.Assignees.Select(a => (d, a))), (w, x) => WriteAssignment(w, t, x.d, x.a));
        rows += await CopyAsync(conn, tx, direct, "outgoing_documents", OutgoingColumns, outgoing, (w, d) => WriteOutgoing(w, t, d));
        rows += await CopyAsync(conn, tx, direct, "outgoing_approvals", ApprovalColumns,
            outgoing.SelectMany(d => d.Approvals.Select((a, i) => (d, a, i))), (w, x) => WriteApproval(w, t, x.d, x.a, x.i));
        rows += await CopyAsync(conn, tx, direct, "outgoing_recipients", RecipientColumns,
            outgoing.SelectMany(d => d.Recipients.Select(r => (d, r))), (w, x) => WriteRecipient(w, t, x.d, x.r));
        rows += await CopyAsync(conn, tx, direct, "document_events", EventColumns,
            incoming.SelectMany(IncomingEvents).Concat(outgoing.SelectMany(OutgoingEvents)), (w, e) => WriteEvent(w, t, e));
        await tx.CommitAsync();
        return rows;
    }

    private static async Task<int> ReserveAsync(NpgsqlConnection conn, NpgsqlTransaction tx, Guid tenant, string register, int year, int count)
    {
        await using var cmd = new NpgsqlCommand(
            """
            insert into documents.register_counters(tenant_id, register_code, year, last_number) values (@t, @r, @y, @c)
            on conflict (tenant_id, register_code, year) do update set last_number = register_counters.last_number + excluded.last_number
            returning last_number
            """, conn, tx);
        cmd.Parameters.AddWithValue("t", tenant);
        cmd.Parameters.AddWithValue("r", register);
        cmd.Parameters.AddWithValue("y", year);
        cmd.Parameters.AddWithValue("c", count);
        var last = (int)(await cmd.ExecuteScalarAsync())!;
        return last - count + 1;
    }

    private static async Task<long> CopyAsync<T>(
        NpgsqlConnection conn, NpgsqlTransaction tx, bool direct, string table, string[] columns, IEnumerable<T> items, Action<NpgsqlBinaryImporter, T> write,
        string schema = "documents")
    {
        var cols = string.Join(", ", columns);
        var target = direct ? $"{schema}.{table}" : "seed_" + table;
        if (!direct)
        {
            await ExecAsync(conn, tx, $"create temp table {target} on commit drop as select {cols} from {schema}.{table} with no data");
        }
        ulong n;
        await using (var w = await conn.BeginBinaryImportAsync($"copy {target} ({cols}) from stdin (format binary)"))
        {
            foreach (var item in items)
            {
                w.StartRow();
                write(w, item);
            }
            n = await w.CompleteAsync();
        }
        if (!direct && n > 0)
        {
            await ExecAsync(conn, tx, $"insert into {schema}.{table} ({cols}) select {cols} from {target}", timeout: 0);
        }
        return (long)n;
    }

    private static void WriteIncoming(NpgsqlBinaryImporter w, SeedTenant t, SeedIncoming d)
    {
        w.Write(t.Id, NpgsqlDbType.Uuid);
        w.Write(d.Id, NpgsqlDbType.Uuid);
        w.Write(d.Status, NpgsqlDbType.Text);
        w.Write(d.Electronic ? "platform" : "manual", NpgsqlDbType.Text);
        w.Write(d.IssuerName, NpgsqlDbType.Text);
        Text(w, d.IssuerCode);
        w.Write(d.NumberNotation, NpgsqlDbType.Text);
        w.Write(d.IssuedDate, NpgsqlDbType.Date);
        w.Write(d.TypeCode, NpgsqlDbType.Text);
        w.Write(d.Subject, NpgsqlDbType.Text);
        Text(w, d.SignerName);
        Text(w, d.SignerPosition);
        w.Write(d.Urgency, NpgsqlDbType.Smallint);
        w.Write(d.Secrecy, NpgsqlDbType.Smallint);
        w.Write(d.PageCount, NpgsqlDbType.Integer);
        Value(w, d.DueDate, NpgsqlDbType.Date);
        w.Write(d.ReceivedAt, NpgsqlDbType.TimestampTz);
        Text(w, d.Register?.Code);
        Value(w, d.ArrivalYear, NpgsqlDbType.Integer);
        Value(w, d.ArrivalNumber, NpgsqlDbType.Integer);
        Value(w, d.RegisteredAt, NpgsqlDbType.TimestampTz);
        Text(w, d.RegisteredBy);
        Text(w, d.ReturnedReason);
        Value(w, d.ProcessingDeadline, NpgsqlDbType.Date);
        Value(w, d.FinishedAt, NpgsqlDbType.TimestampTz);
        Text(w, d.ResultNote);
        w.Write(d.SearchText, NpgsqlDbType.Text);
        w.Write(d.ReceivedAt, NpgsqlDbType.TimestampTz);
        w.Write(d.UpdatedAt, NpgsqlDbType.TimestampTz);
    }

    private static void WriteAssignment(NpgsqlBinaryImporter w, SeedTenant t, SeedIncoming d, (SeedStaff Who, string Role, string Status) a)
    {
        w.Write(t.Id, NpgsqlDbType.Uuid);
        w.Write(d.Id, NpgsqlDbType.Uuid);
        w.Write(Guid.CreateVersion7(new DateTimeOffset(d.AssignedAt!.Value)), NpgsqlDbType.Uuid);
        w.Write(a.Who.Id, NpgsqlDbType.Text);
        w.Write(a.Who.Name, NpgsqlDbType.Text);
        w.Write(a.Role, NpgsqlDbType.Text);
        Value(w, d.ProcessingDeadline, NpgsqlDbType.Date);
        w.Write(d.AssignedBy!.Id, NpgsqlDbType.Text);
        w.Write(d.AssignedBy.Name, NpgsqlDbType.Text);
        w.Write(d.AssignedAt.Value, NpgsqlDbType.TimestampTz);
        w.Write(a.Status, NpgsqlDbType.Text);
        Value(w, a.Status == "done" ? d.FinishedAt ?? d.AssignedAt : null, NpgsqlDbType.TimestampTz);
    }

    private static void WriteOutgoing(NpgsqlBinaryImporter w, SeedTenant t, SeedOutgoing d)
    {
        w.Write(t.Id, NpgsqlDbType.Uuid);
        w.Write(d.Id, NpgsqlDbType.Uuid);
        w.Write(d.Status, NpgsqlDbType.Text);
        w.Write(d.TypeCode, NpgsqlDbType.Text);
        w.Write(d.Subject, NpgsqlDbType.Text);
        w.Write(d.Urgency, NpgsqlDbType.Smallint);
        w.Write(d.Secrecy, NpgsqlDbType.Smallint);
        w.Write(d.DraftingUnit, NpgsqlDbType.Text);
        w.Write(d.Drafter.Id, NpgsqlDbType.Text);
        w.Write(d.Drafter.Name, NpgsqlDbType.Text);
        w.Write(d.PageCount, NpgsqlDbType.Integer);
        Value(w, d.DueDate, NpgsqlDbType.Date);
        w.Write(RouteSteps, NpgsqlDbType.Array | NpgsqlDbType.Text);
        w.Write(d.RouteStep, NpgsqlDbType.Integer);
        Text(w, d.SigningAuthority);
        Text(w, d.Signer?.Name);
        Text(w, d.Signer?.Position);
        Value(w, d.SignedAt, NpgsqlDbType.TimestampTz);
        Text(w, d.Register?.Code);
        Value(w, d.IssueYear, NpgsqlDbType.Integer);
        Value(w, d.IssueNumber, NpgsqlDbType.Integer);
        Text(w, d.NumberNotation);
        Value(w, d.IssuedAt, NpgsqlDbType.TimestampTz);
        Text(w, d.IssuedBy);
        Value(w, d.RecalledAt, NpgsqlDbType.TimestampTz);
        Text(w, d.RecallReason);
        w.Write(d.SearchText, NpgsqlDbType.Text);
        w.Write(d.CreatedAt, NpgsqlDbType.TimestampTz);
        w.Write(d.UpdatedAt, NpgsqlDbType.TimestampTz);
    }

    private static readonly string[] RouteSteps = ["head", "leader"];

    private static void WriteApproval(NpgsqlBinaryImporter w, SeedTenant t, SeedOutgoing d, (string Role, SeedStaff Who, DateTime At) a, int index)
    {
        w.Write(t.Id, NpgsqlDbType.Uuid);
        w.Write(d.Id, NpgsqlDbType.Uuid);
        w.Write(index + 1, NpgsqlDbType.Integer);
        w.Write(index, NpgsqlDbType.Integer);
        w.Write(a.Role, NpgsqlDbType.Text);
        w.Write("approved", NpgsqlDbType.Text);
        w.Write(a.Who.Id, NpgsqlDbType.Text);
        w.Write(a.Who.Name, NpgsqlDbType.Text);
        w.WriteNull();
        w.Write(a.At, NpgsqlDbType.TimestampTz);
    }

    private static void WriteRecipient(NpgsqlBinaryImporter w, SeedTenant t, SeedOutgoing d, string name)
    {
        w.Write(t.Id, NpgsqlDbType.Uuid);
        w.Write(d.Id, NpgsqlDbType.Uuid);
        w.Write(Guid.CreateVersion7(new DateTimeOffset(d.IssuedAt!.Value)), NpgsqlDbType.Uuid);
        w.Write("external", NpgsqlDbType.Text);
        w.Write(name, NpgsqlDbType.Text);
        w.Write("Gửi ngoài nền tảng (ghi nhận) / Sent outside the platform (recorded)", NpgsqlDbType.Text);
        w.Write(d.IssuedAt.Value, NpgsqlDbType.TimestampTz);
    }

    private sealed record SeedEvent(Guid DocumentId, string DocumentKind, DateTime At, SeedStaff? Actor, string Kind, string? Note, string? Data);

    private static IEnumerable<SeedEvent> IncomingEvents(SeedIncoming d)
    {
        yield return new SeedEvent(d.Id, "incoming", d.ReceivedAt, null, "received", "Tiếp nhận văn bản giấy, nhập tay", null);
        if (d.Status == "returned")
        {
            yield return new SeedEvent(d.Id, "incoming", d.UpdatedAt, null, "returned", d.ReturnedReason, null);
        }
        if (d.RegisteredAt is { } registered)
        {
            yield return new SeedEvent(d.Id, "incoming", registered, null, "registered", $"Vào sổ {d.Register!.Name}, số đến {d.ArrivalNumber}", null);
        }
        if (d.AssignedAt is { } assigned)
        {
            var data = JsonSerializer.Serialize(d.Assignees.Select(a => new { a.Who.Name, a.Role, deadline = d.ProcessingDeadline }));
            yield return new SeedEvent(d.Id, "incoming", assigned, d.AssignedBy, "assigned", null, data);
        }
        if (d.FinishedAt is { } finished)
        {
            yield return new SeedEvent(d.Id, "incoming", finished, d.Assignees[0].Who, "finished", d.ResultNote, null);
        }
    }

    private static IEnumerable<SeedEvent> OutgoingEvents(SeedOutgoing d)
    {
        yield return new SeedEvent(d.Id, "outgoing", d.CreatedAt, d.Drafter, "drafted", null, null);
        if (d.SubmittedAt is { } submitted)
        {
            yield return new SeedEvent(d.Id, "outgoing", submitted, d.Drafter, "submitted", null, null);
        }
        foreach (var a in d.Approvals)
        {
            yield return new SeedEvent(d.Id, "outgoing", a.At, a.Who, "approved", null, null);
        }
        if (d.SignedAt is { } signed)
        {
            yield return new SeedEvent(d.Id, "outgoing", signed, d.Signer, "signed", $"{d.SigningAuthority} {d.Signer!.Position} {d.Signer.Name}".Trim(), null);
        }
        if (d.IssuedAt is { } issued)
        {
            yield return new SeedEvent(d.Id, "outgoing", issued, null, "issued", $"Số {d.NumberNotation}, {d.Recipients.Count} nơi nhận", null);
        }
        if (d.RecalledAt is { } recalled)
        {
            yield return new SeedEvent(d.Id, "outgoing", recalled, null, "recalled", d.RecallReason, null);
        }
    }

    private static void WriteEvent(NpgsqlBinaryImporter w, SeedTenant t, SeedEvent e)
    {
        var actor = e.Actor ?? t.Clerk; // reception, registration and issuing are the clerk's steps
        w.Write(t.Id, NpgsqlDbType.Uuid);
        w.Write(e.DocumentId, NpgsqlDbType.Uuid);
        w.Write(e.DocumentKind, NpgsqlDbType.Text);
        w.Write(e.At, NpgsqlDbType.TimestampTz);
        w.Write(actor.Id, NpgsqlDbType.Text);
        w.Write(actor.Name, NpgsqlDbType.Text);
        w.Write(e.Kind, NpgsqlDbType.Text);
        Text(w, e.Note);
        if (e.Data is null)
        {
            w.WriteNull();
        }
        else
        {
            w.Write(e.Data, NpgsqlDbType.Jsonb);
        }
    }

    private static void Text(NpgsqlBinaryImporter w, string? value)
    {
        if (value is null)
        {
            w.WriteNull();
        }
        else
        {
            w.Write(value, NpgsqlDbType.Text);
        }
    }

    private static void Value<T>(NpgsqlBinaryImporter w, T? value, NpgsqlDbType type) where T : struct
    {
        if (value is { } v)
        {
            w.Write(v, type);
        }
        else
        {
            w.WriteNull();
        }
    }

    private static async Task ExecAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string sql, int timeout = 30)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx) { CommandTimeout = timeout };
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<bool> BypassesRlsAsync(string cs)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("select rolsuper or rolbypassrls from pg_roles where rolname = current_user", conn);
        return (bool)(await cmd.ExecuteScalarAsync())!;
    }

    /// <summary>Registers and document types of the tenants in one database, read in the platform scope.</summary>
    private static async Task<List<SeedTenant>> LoadTenantsAsync(
        string cs, List<Tenant> tenants, List<SeedIssuer> issuers, Dictionary<string, List<(string Id, string Name, string Role)>> realm)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var tx = await conn.BeginTransactionAsync();
        await ExecAsync(conn, tx, "select set_config('app.platform_scope', 'on', true)");
        var registers = new Dictionary<Guid, List<SeedRegister>>();
        await using (var cmd = new NpgsqlCommand(
            "select tenant_id, code, name, direction, secret, document_types from documents.registers where active order by tenant_id, code", conn, tx))
        await using (var r = await cmd.ExecuteReaderAsync())
        {
            while (await r.ReadAsync())
            {
                var id = r.GetGuid(0);
                if (!registers.TryGetValue(id, out var list))
                {
                    registers[id] = list = [];
                }
                list.Add(new SeedRegister(r.GetString(1), r.GetString(2), r.GetString(3), r.GetBoolean(4), r.GetFieldValue<string[]>(5)));
            }
        }
        var types = new Dictionary<Guid, Dictionary<string, string?>>();
        await using (var cmd = new NpgsqlCommand("select tenant_id, code, abbreviation from documents.document_types where active", conn, tx))
        await using (var r = await cmd.ExecuteReaderAsync())
        {
            while (await r.ReadAsync())
            {
                var id = r.GetGuid(0);
                if (!types.TryGetValue(id, out var map))
                {
                    types[id] = map = [];
                }
                map[r.GetString(1)] = r.IsDBNull(2) ? null : r.GetString(2);
            }
        }
        await tx.CommitAsync();

        var result = new List<SeedTenant>();
        foreach (var t in tenants)
        {
            var regs = registers.GetValueOrDefault(t.Id) ?? [];
            var incoming = regs.FirstOrDefault(r => r.Direction == "incoming" && !r.Secret);
            var typeMap = types.GetValueOrDefault(t.Id);
            if (incoming is null || typeMap is null || SeedDemoVocabulary.IncomingTypes.Any(x => !typeMap.ContainsKey(x.Code)))
            {
                continue;
            }
            var st = new SeedTenant
            {
                Id = t.Id,
                Slug = t.Slug,
                Name = t.Name,
                Level = t.Level,
                Notation = t.Notation ?? "UBND",
                ElectronicShare = 0.5 + 0.45 * new Random(StableHash(t.Slug)).NextDouble(),
                Placement = t.DatabasePlacement,
                IncomingRegister = incoming,
                SecretIncomingRegister = regs.FirstOrDefault(r => r.Direction == "incoming" && r.Secret),
                OutgoingRegisters = regs.Where(r => r.Direction == "outgoing").ToList(),
                TypeAbbreviations = typeMap,
                Self = issuers.FirstOrDefault(i => i.Name == t.Name),
            };
            Staff(st, realm.GetValueOrDefault(t.Slug) ?? []);
            result.Add(st);
        }
        return result;
    }

    /// <summary>Demo users of the realm where the tenant has them (so their inboxes and work lists fill up), generated staff otherwise.</summary>
    private static void Staff(SeedTenant t, List<(string Id, string Name, string Role)> users)
    {
        var r = new Random(StableHash(t.Slug));
        var (head, deputy) = SeedDemoGenerator.Positions(t.Level, t.Name);
        SeedStaff Synthetic(string kind, int k, string position) => new($"seed.{t.Slug}.{kind}{k}", SeedDemoGenerator.RandomName(r), position);

        t.Clerk = users.Where(u => u.Role == "clerk").Select(u => new SeedStaff(u.Id, u.Name, "Văn thư")).FirstOrDefault() ?? Synthetic("vanthu", 1, "Văn thư");
        t.Leaders.AddRange(users.Where(u => u.Role == "leader").Select(u => new SeedStaff(u.Id, u.Name, head)).Take(1));
        if (t.Leaders.Count == 0)
        {
            t.Leaders.Add(Synthetic("lanhdao", 1, head));
        }
        for (var k = 2; k <= (t.Level is "province" ? 4 : 3); k++)
        {
            t.Leaders.Add(Synthetic("lanhdao", k, deputy));
        }
        var headPosition = t.Level is "commune" or "ward" ? "Công chức Văn phòng – Thống kê" : "Trưởng phòng";
        t.Heads.AddRange(users.Where(u => u.Role == "head").Select(u => new SeedStaff(u.Id, u.Name, headPosition)));
        for (var k = 1; k <= 3; k++)
        {
            t.Heads.Add(Synthetic("truongphong", k, headPosition));
        }
        // Demo specialists and heads get a large share of the handling so that their lists are full.
        foreach (var u in users.Where(u => u.Role is "specialist" or "head"))
        {
            var s = new SeedStaff(u.Id, u.Name, "Chuyên viên");
            t.Handlers.AddRange(Enumerable.Repeat(s, 4));
        }
        for (var k = 1; k <= 8; k++)
        {
            t.Handlers.Add(Synthetic("chuyenvien", k, "Chuyên viên"));
        }
    }

    private static List<SeedIssuer> Issuers(List<Tenant> active)
    {
        var list = new List<SeedIssuer>();
        foreach (var t in active.Where(t => t.Level != "district-historical"))
        {
            var perDay = t.Level switch { "province" => 25, "province-office" => 30, "department" => 12, _ => 2 };
            list.Add(Issuer(t.Name, t.Notation ?? "UBND", t.AgencyCodeQcvn102, t.Level, perDay));
        }
        foreach (var (name, notation) in SeedDemoVocabulary.OutsideIssuers)
        {
            list.Add(Issuer(name, notation, null, "outside", 15));
        }
        return list;
    }

    private static SeedIssuer Issuer(string name, string notation, string? code, string level, int perDay)
    {
        var r = new Random(StableHash(name));
        var (head, deputy) = SeedDemoGenerator.Positions(level, name);
        var signers = Enumerable.Range(0, 4).Select(_ => SeedDemoGenerator.RandomName(r)).ToArray();
        return new SeedIssuer(name, notation, code, level, perDay, signers, head, deputy);
    }

    /// <summary>Documents per tenant by size: UBND tỉnh receives about 12 times what a commune does.</summary>
    private static void Distribute(List<SeedTenant> tenants, SeedDemoOptions o)
    {
        foreach (var t in tenants)
        {
            t.Weight = t.Level switch { "province" => 12, "province-office" => 6, "department" => 4, "ward" => 1.5, _ => 1 };
        }
        var sum = tenants.Sum(t => t.Weight);
        long assigned = 0;
        for (var i = 0; i < tenants.Count; i++)
        {
            var t = tenants[i];
            var docs = i == tenants.Count - 1 ? o.Documents - assigned : (long)Math.Round(o.Documents * t.Weight / sum);
            assigned += docs;
            var canIssue = t.OutgoingRegisters.Any(r => !r.Secret && r.DocumentTypes.Length == 0);
            t.OutgoingCount = canIssue ? (int)Math.Round(docs * o.OutgoingShare) : 0;
            t.IncomingCount = (int)docs - t.OutgoingCount;
        }
    }

    private static int LevelRank(string level) => level switch
    {
        "province" => 0,
        "province-office" => 1,
        "department" => 2,
        "ward" => 3,
        "commune" => 4,
        _ => 5,
    };

    /// <summary>Monday–Friday of the year, up to today (Vietnam time) for the current year.</summary>
    private static List<DateOnly> WorkingDays(int year, DateTime nowUtc)
    {
        var today = DateOnly.FromDateTime(nowUtc + Vn);
        var days = new List<DateOnly>();
        for (var d = new DateOnly(year, 1, 1); d.Year == year && d <= today; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days.Add(d);
            }
        }
        if (days.Count == 0)
        {
            days.Add(today);
        }
        return days;
    }

    private static int StableHash(string s)
    {
        var h = 2166136261u;
        foreach (var c in s)
        {
            h = (h ^ c) * 16777619u;
        }
        return (int)h;
    }

    /// <summary>Users of the development realm by tenant slug, with their tenant role (groups /tenants/{slug}/{role}).</summary>
    private static Dictionary<string, List<(string Id, string Name, string Role)>> RealmUsers(string? file)
    {
        var result = new Dictionary<string, List<(string, string, string)>>();
        file ??= FindUp("infra/keycloak/realm-thanh-hoa.json");
        if (file is null || !File.Exists(file))
        {
            Console.WriteLine("No development realm file found: documents are assigned to generated staff only.");
            return result;
        }
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        foreach (var u in json.RootElement.GetProperty("users").EnumerateArray())
        {
            if (!u.TryGetProperty("id", out var id) || !u.TryGetProperty("groups", out var groups))
            {
                continue;
            }
            var name = $"{(u.TryGetProperty("firstName", out var f) ? f.GetString() : "")} {(u.TryGetProperty("lastName", out var l) ? l.GetString() : "")}".Trim();
            foreach (var g in groups.EnumerateArray().Select(g => g.GetString() ?? ""))
            {
                var parts = g.Split('/', StringSplitOptions.RemoveEmptyEntries);
                if (parts is ["tenants", var slug, var role])
                {
                    if (!result.TryGetValue(slug, out var list))
                    {
                        result[slug] = list = [];
                    }
                    list.Add((id.GetString()!, name, role));
                }
            }
        }
        return result;
    }

    private static string? FindUp(string relative)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, relative);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}

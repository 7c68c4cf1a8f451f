using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Saas.OneStop.Applications;
using Saas.Platform.Text;
using Saas.Tenancy.Catalog;

namespace Saas.Host.Cli;

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
internal static partial class SeedDemo
{
    private static readonly string[] ApplicationColumns =
    [
        "tenant_id", "id", "code", "procedure_code", "procedure_name", "channel", "status", "holder", "applicant_name", "applicant_id_number",
        "applicant_phone", "applicant_address", "content", "submitted_at", "received_at", "received_by_name", "appointment_at", "counting_starts_at",
        "route", "total_hours", "current_step", "supplement_count", "finished_at", "timeliness", "returned_at", "returned_to", "reason",
        "search_text", "created_at", "updated_at",
    ];

    private static readonly string[] PauseColumns = ["tenant_id", "application_id", "seq", "kind", "reason", "requested_at", "requested_by", "completed_at"];

    private static readonly string[] ApplicationEventColumns = ["tenant_id", "application_id", "at", "actor_name", "kind", "status", "note"];

    private static readonly string[] RatingColumns = ["tenant_id", "application_id", "scores", "comment", "rated_at"];

    private static readonly string[] SupplementReasons =
    [
        "Bổ sung bản sao có chứng thực giấy tờ tùy thân", "Bổ sung giấy tờ chứng minh quan hệ nhân thân", "Tờ khai chưa ghi đủ thông tin, đề nghị hoàn thiện",
        "Bổ sung bản vẽ sơ đồ thửa đất", "Bổ sung văn bản ủy quyền có chứng thực",
    ];

    private static readonly string[] Wards = ["Tổ dân phố 1", "Tổ dân phố 3", "Thôn Đông", "Thôn Nam", "Khu phố 2", "Thôn Trung", "Khu phố 5"];

    private sealed record SeedProcedure(string Code, string Name, int WorkingDays, decimal TotalHours, string RouteJson);

    private sealed record SeedApplicationTenant(Tenant Tenant, string Prefix, List<SeedProcedure> Procedures, int Count);

    private sealed class SeedApplication
    {
        public Guid Id { get; } = Guid.CreateVersion7();

        public required SeedProcedure Procedure { get; init; }

        public required DateOnly Day { get; init; }

        public string Code { get; set; } = "";

        public short Channel { get; init; }

        public ApplicationStatus Status { get; set; }

        public required string Name { get; init; }

        public required string IdNumber { get; init; }

        public required string Phone { get; init; }

        public required string Address { get; init; }

        public DateTime SubmittedAt { get; init; }

        public DateTime? ReceivedAt { get; init; }

        public DateTime? AppointmentAt { get; set; }

        public int Supplements { get; set; }

        public string? SupplementReason { get; set; }

        public DateTime? FinishedAt { get; set; }

        public string? Timeliness { get; set; }

        public DateTime? ReturnedAt { get; set; }

        public string? Reason { get; set; }

        public int? Overall { get; set; }

        public DateTime? RatedAt { get; set; }

        public DateTime UpdatedAt => ReturnedAt ?? FinishedAt ?? ReceivedAt ?? SubmittedAt;
    }

    /// <summary>Seeds <see cref="SeedDemoOptions.Applications"/> applications over the tenants' catalogues; returns how many were written.</summary>
    private static async Task<long> SeedApplicationsAsync(
        IConfiguration config, List<Tenant> active, Func<string?, string> connectionFor, SeedDemoOptions o, DateTime nowUtc, int baseSeed)
    {
        var tenants = new List<SeedApplicationTenant>();
        foreach (var group in active.GroupBy(t => t.DatabasePlacement ?? ""))
        {
            var procedures = await LoadProceduresAsync(connectionFor(group.Key.Length == 0 ? null : group.Key));
            foreach (var t in group)
            {
                if (procedures.GetValueOrDefault(t.Id) is { Count: > 0 } list)
                {
                    tenants.Add(new SeedApplicationTenant(t, ApplicationCodeAllocator.PrefixOf(t.ToInfo(), config), list, 0));
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

        var days = WorkingDays(o.Year, nowUtc);
        var clock = Stopwatch.StartNew();
        long written = 0;
        var queue = new ConcurrentQueue<SeedApplicationTenant>(tenants.OrderByDescending(t => t.Count));
        Console.WriteLine($"Seeding {o.Applications:N0} one-stop applications over {tenants.Count} tenants, year {o.Year}.");
        var workers = Enumerable.Range(0, Math.Max(1, o.Parallelism)).Select(_ => Task.Run(async () =>
        {
            while (queue.TryDequeue(out var t))
            {
                var cs = connectionFor(t.Tenant.DatabasePlacement);
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
            foreach (var cs in tenants.Select(t => connectionFor(t.Tenant.DatabasePlacement)).Distinct())
            {
                await using var conn = new NpgsqlConnection(cs);
                await conn.OpenAsync();
                await ExecAsync(conn, null, "vacuum (analyze) onestop.applications, onestop.pauses, onestop.application_events, onestop.ratings, onestop.code_counters", timeout: 0);
            }
        }
        return written;
    }

    private static async Task<Dictionary<Guid, List<SeedProcedure>>> LoadProceduresAsync(string cs)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var tx = await conn.BeginTransactionAsync();
        await ExecAsync(conn, tx, "select set_config('app.platform_scope', 'on', true)");
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

    /// <summary>One tenant's year: its own online share and lateness, both improving as the year goes on.</summary>
    private static List<SeedApplication> GenerateApplications(SeedApplicationTenant t, List<DateOnly> days, DateTime nowUtc, Random r)
    {
        var onlineBase = 0.15 + 0.6 * r.NextDouble();
        var lateBase = 0.01 + 0.12 * r.NextDouble();
        var apps = new List<SeedApplication>(t.Count);
        for (var i = 0; i < t.Count; i++)
        {
            var dayIndex = r.Next(days.Count);
            var progress = dayIndex / (double)Math.Max(1, days.Count - 1);
            var day = days[dayIndex];
            var procedure = t.Procedures[(int)(Math.Pow(r.NextDouble(), 1.7) * t.Procedures.Count)];
            var channel = r.NextDouble() < Math.Min(0.95, onlineBase * (0.7 + 0.6 * progress)) ? Channels.Online : r.NextDouble() < 0.03 ? Channels.Post : Channels.Counter;
            var received = Utc(day, 7.5 + r.NextDouble() * 9);
            var male = r.Next(2) == 0;
            var name = $"{Pick(r, SeedDemoVocabulary.FamilyNames)} {Pick(r, male ? SeedDemoVocabulary.MiddleNamesMale : SeedDemoVocabulary.MiddleNamesFemale)} {Pick(r, male ? SeedDemoVocabulary.GivenNamesMale : SeedDemoVocabulary.GivenNamesFemale)}";
            var a = new SeedApplication
            {
                Procedure = procedure,
                Day = day,
                Channel = channel,
                Name = name,
                IdNumber = $"038{r.Next(0, 2)}{r.Next(40, 99):00}{r.Next(0, 1_000_000):000000}",
                Phone = $"09{r.Next(0, 100_000_000):00000000}",
                Address = $"{Pick(r, Wards)}, {t.Tenant.Name}, tỉnh Thanh Hóa",
                SubmittedAt = channel == Channels.Online ? received.AddMinutes(-r.Next(10, 60 * 24)) : received,
                ReceivedAt = received,
                Status = ApplicationStatus.Received,
            };
            var fate = r.NextDouble();
            if (fate < 0.01)
            {
                a = new SeedApplication
                {
                    Procedure = a.Procedure,
                    Day = a.Day,
                    Channel = a.Channel,
                    Name = a.Name,
                    IdNumber = a.IdNumber,
                    Phone = a.Phone,
                    Address = a.Address,
                    SubmittedAt = a.SubmittedAt,
                    ReceivedAt = null,
                    Status = ApplicationStatus.NotReceived,
                    FinishedAt = a.SubmittedAt.AddMinutes(15),
                    Reason = "Hồ sơ không thuộc thẩm quyền giải quyết của cơ quan",
                };
                apps.Add(a);
                continue;
            }
            a.AppointmentAt = Utc(AddWorkingDays(day, procedure.WorkingDays), 17);
            var supplement = r.NextDouble();
            if (supplement < 0.08)
            {
                a.Supplements = supplement < 0.01 ? 2 : 1;
                a.SupplementReason = Pick(r, SupplementReasons);
                a.AppointmentAt = a.AppointmentAt.Value.AddDays(2 * a.Supplements); // the clock stood still while the citizen completed the papers
            }
            var late = r.NextDouble() < lateBase * (1.2 - 0.5 * progress);
            DateTime finished;
            if (late)
            {
                finished = a.AppointmentAt.Value.AddDays(1 + r.Next(0, 6)).AddHours(-r.Next(0, 8));
            }
            else if (r.NextDouble() < 0.65 && procedure.WorkingDays > 1)
            {
                finished = Utc(AddWorkingDays(day, r.Next(0, procedure.WorkingDays)), 8 + r.NextDouble() * 8);
                finished = finished < received ? received.AddHours(2) : finished;
            }
            else
            {
                finished = a.AppointmentAt.Value.AddHours(-r.Next(1, 8));
            }
            if (finished > nowUtc)
            {
                a.Status = ApplicationStatus.Processing; // still in hand; overdue when its appointment has passed
                apps.Add(a);
                continue;
            }
            if (fate < 0.015)
            {
                a.Status = ApplicationStatus.Withdrawn;
                a.Reason = "Công dân đề nghị rút hồ sơ";
            }
            a.FinishedAt = finished;
            a.Timeliness = a.Supplements > 1 ? Timeliness.Late : Timeliness.Of(finished, a.AppointmentAt.Value);
            if (a.Status == ApplicationStatus.Withdrawn)
            {
                apps.Add(a);
                continue;
            }
            a.Status = ApplicationStatus.Done;
            var returned = finished.AddHours(r.Next(1, 72));
            if (returned <= nowUtc && r.NextDouble() < 0.93)
            {
                a.Status = ApplicationStatus.Returned;
                a.ReturnedAt = returned;
                if (r.NextDouble() < 0.35 && returned.AddDays(1) <= nowUtc)
                {
                    var x = r.NextDouble();
                    a.Overall = x < 0.55 ? 5 : x < 0.85 ? 4 : x < 0.95 ? 3 : x < 0.99 ? 2 : 1;
                    a.RatedAt = returned.AddHours(r.Next(1, 24));
                }
            }
            apps.Add(a);
        }
        return apps;
    }

    private static async Task WriteApplicationsAsync(NpgsqlConnection conn, bool direct, SeedApplicationTenant t, List<SeedApplication> apps)
    {
        await using var tx = await conn.BeginTransactionAsync();
        await using (var cmd = new NpgsqlCommand(
            "select set_config('app.platform_scope', 'on', true), set_config('app.tenant_id', @t, true), set_config('synchronous_commit', 'off', true)", conn, tx))
        {
            cmd.Parameters.AddWithValue("t", t.Tenant.Id.ToString());
            await cmd.ExecuteNonQueryAsync();
        }
        // Reserve each day's block of numbers on the live counter, then hand them out in order of submission.
        foreach (var g in apps.GroupBy(a => DateOnly.FromDateTime(a.SubmittedAt + Vn)).OrderBy(g => g.Key))
        {
            var list = g.OrderBy(a => a.SubmittedAt).ToList();
            await using var cmd = new NpgsqlCommand(
                """
                insert into onestop.code_counters(tenant_id, day, last_number) values (@t, @d, @c)
                on conflict (tenant_id, day) do update set last_number = code_counters.last_number + excluded.last_number
                returning last_number
                """, conn, tx);
            cmd.Parameters.AddWithValue("t", t.Tenant.Id);
            cmd.Parameters.AddWithValue("d", g.Key);
            cmd.Parameters.AddWithValue("c", list.Count);
            var next = (int)(await cmd.ExecuteScalarAsync())! - list.Count + 1;
            foreach (var a in list)
            {
                a.Code = $"{t.Prefix}-{g.Key:yyMMdd}-{next++:0000}";
            }
        }
        await CopyAsync(conn, tx, direct, "applications", ApplicationColumns, apps, (w, a) => WriteApplication(w, t, a), "onestop");
        await CopyAsync(conn, tx, direct, "pauses", PauseColumns,
            apps.Where(a => a.Supplements > 0).SelectMany(a => Enumerable.Range(1, a.Supplements).Select(seq => (a, seq))),
            (w, x) => WritePause(w, t, x.a, x.seq), "onestop");
        await CopyAsync(conn, tx, direct, "application_events", ApplicationEventColumns, apps.SelectMany(ApplicationEvents),
            (w, e) => WriteApplicationEvent(w, t, e), "onestop");
        await CopyAsync(conn, tx, direct, "ratings", RatingColumns, apps.Where(a => a.Overall is not null), (w, a) => WriteRating(w, t, a), "onestop");
        await tx.CommitAsync();
    }

    private static void WriteApplication(NpgsqlBinaryImporter w, SeedApplicationTenant t, SeedApplication a)
    {
        var returnStep = Math.Max(0, JsonDocument.Parse(a.Procedure.RouteJson).RootElement.GetArrayLength() - 1);
        w.Write(t.Tenant.Id, NpgsqlDbType.Uuid);
        w.Write(a.Id, NpgsqlDbType.Uuid);
        w.Write(a.Code, NpgsqlDbType.Text);
        w.Write(a.Procedure.Code, NpgsqlDbType.Text);
        w.Write(a.Procedure.Name, NpgsqlDbType.Text);
        w.Write(a.Channel, NpgsqlDbType.Smallint);
        w.Write((short)a.Status, NpgsqlDbType.Smallint);
        w.Write("here", NpgsqlDbType.Text);
        w.Write(a.Name, NpgsqlDbType.Text);
        w.Write(a.IdNumber, NpgsqlDbType.Text);
        w.Write(a.Phone, NpgsqlDbType.Text);
        w.Write(a.Address, NpgsqlDbType.Text);
        w.Write("Đề nghị giải quyết thủ tục", NpgsqlDbType.Text);
        w.Write(a.SubmittedAt, NpgsqlDbType.TimestampTz);
        Value(w, a.ReceivedAt, NpgsqlDbType.TimestampTz);
        Text(w, a.ReceivedAt is null ? null : "Cán bộ một cửa");
        Value(w, a.AppointmentAt, NpgsqlDbType.TimestampTz);
        Value(w, a.ReceivedAt, NpgsqlDbType.TimestampTz);
        w.Write(a.Procedure.RouteJson, NpgsqlDbType.Jsonb);
        w.Write(a.Procedure.TotalHours, NpgsqlDbType.Numeric);
        w.Write(a.Status is ApplicationStatus.Done or ApplicationStatus.Returned ? returnStep : Math.Min(1, returnStep), NpgsqlDbType.Integer);
        w.Write(a.Supplements, NpgsqlDbType.Integer);
        Value(w, a.FinishedAt, NpgsqlDbType.TimestampTz);
        Text(w, a.Timeliness);
        Value(w, a.ReturnedAt, NpgsqlDbType.TimestampTz);
        Text(w, a.ReturnedAt is null ? null : a.Name);
        Text(w, a.Reason);
        w.Write(VietnameseText.Fold($"{a.Code} {a.Name} {a.Procedure.Name} {a.IdNumber} {a.Phone}"), NpgsqlDbType.Text);
        w.Write(a.SubmittedAt, NpgsqlDbType.TimestampTz);
        w.Write(a.UpdatedAt, NpgsqlDbType.TimestampTz);
    }

    private static void WritePause(NpgsqlBinaryImporter w, SeedApplicationTenant t, SeedApplication a, int seq)
    {
        var requested = a.ReceivedAt!.Value.AddDays(seq);
        w.Write(t.Tenant.Id, NpgsqlDbType.Uuid);
        w.Write(a.Id, NpgsqlDbType.Uuid);
        w.Write(seq, NpgsqlDbType.Integer);
        w.Write("supplement", NpgsqlDbType.Text);
        w.Write(a.SupplementReason ?? "", NpgsqlDbType.Text);
        w.Write(requested, NpgsqlDbType.TimestampTz);
        w.Write("Chuyên viên thụ lý", NpgsqlDbType.Text);
        w.Write(requested.AddDays(2), NpgsqlDbType.TimestampTz);
    }

    private sealed record SeedApplicationEvent(Guid ApplicationId, DateTime At, string Kind, ApplicationStatus Status, string? Note);

    private static IEnumerable<SeedApplicationEvent> ApplicationEvents(SeedApplication a)
    {
        yield return new(a.Id, a.SubmittedAt, "submitted", ApplicationStatus.New, $"{Channels.Name(a.Channel)}: {a.Procedure.Name}");
        if (a.ReceivedAt is { } received)
        {
            yield return new(a.Id, received, "received", ApplicationStatus.Received, "Tiếp nhận hồ sơ");
        }
        if (a.FinishedAt is { } finished)
        {
            yield return new(a.Id, finished, a.Status == ApplicationStatus.NotReceived ? "refused" : a.Status == ApplicationStatus.Withdrawn ? "withdrawn" : "done",
                a.Status == ApplicationStatus.Returned ? ApplicationStatus.Done : a.Status, a.Reason ?? "Đã có kết quả");
        }
        if (a.ReturnedAt is { } returned)
        {
            yield return new(a.Id, returned, "returned", ApplicationStatus.Returned, $"Đã trả kết quả cho {a.Name}");
        }
    }

    private static void WriteApplicationEvent(NpgsqlBinaryImporter w, SeedApplicationTenant t, SeedApplicationEvent e)
    {
        w.Write(t.Tenant.Id, NpgsqlDbType.Uuid);
        w.Write(e.ApplicationId, NpgsqlDbType.Uuid);
        w.Write(e.At, NpgsqlDbType.TimestampTz);
        w.Write("Cán bộ một cửa", NpgsqlDbType.Text);
        w.Write(e.Kind, NpgsqlDbType.Text);
        w.Write((short)e.Status, NpgsqlDbType.Smallint);
        Text(w, e.Note);
    }

    private static void WriteRating(NpgsqlBinaryImporter w, SeedApplicationTenant t, SeedApplication a)
    {
        w.Write(t.Tenant.Id, NpgsqlDbType.Uuid);
        w.Write(a.Id, NpgsqlDbType.Uuid);
        w.Write(JsonSerializer.Serialize(new Dictionary<string, int> { ["overall"] = a.Overall!.Value, ["timeliness"] = a.Timeliness == Timeliness.Late ? 3 : 5 }), NpgsqlDbType.Jsonb);
        w.WriteNull();
        w.Write(a.RatedAt!.Value, NpgsqlDbType.TimestampTz);
    }

    /// <summary>Monday–Friday only: holidays are ignored by the generator (the live service uses the calendar).</summary>
    private static DateOnly AddWorkingDays(DateOnly day, int n)
    {
        while (n > 0)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                n--;
            }
        }
        return day;
    }

    private static DateTime Utc(DateOnly day, double localHour) =>
        DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue).AddHours(localHour) - Vn, DateTimeKind.Utc);

    private static string Pick(Random r, string[] items) => items[r.Next(items.Length)];
}

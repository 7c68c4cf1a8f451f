using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Saas.OneStop.Applications;
using Saas.Platform.Demo;
using Saas.Platform.Text;
using static Saas.Platform.Demo.DemoCopy;

namespace Saas.OneStop.Demo;

/// <summary>One tenant's applications: the day's codes reserved on the live counter, then one COPY per table.</summary>
internal sealed partial class OneStopDemoSeeder
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

    private static async Task WriteApplicationsAsync(NpgsqlConnection conn, bool direct, SeedApplicationTenant t, List<SeedApplication> apps)
    {
        await using var tx = await BeginTenantBatchAsync(conn, t.Tenant.Id);
        // Reserve each day's block of numbers on the live counter, then hand them out in order of submission.
        foreach (var g in apps.GroupBy(a => DateOnly.FromDateTime(a.SubmittedAt + DemoCalendar.Vn)).OrderBy(g => g.Key))
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
        await CopyAsync(conn, tx, direct, "onestop", "applications", ApplicationColumns, apps, (w, a) => WriteApplication(w, t, a));
        await CopyAsync(conn, tx, direct, "onestop", "pauses", PauseColumns,
            apps.Where(a => a.Supplements > 0).SelectMany(a => Enumerable.Range(1, a.Supplements).Select(seq => (a, seq))),
            (w, x) => WritePause(w, t, x.a, x.seq));
        await CopyAsync(conn, tx, direct, "onestop", "application_events", ApplicationEventColumns, apps.SelectMany(ApplicationEvents),
            (w, e) => WriteApplicationEvent(w, t, e));
        await CopyAsync(conn, tx, direct, "onestop", "ratings", RatingColumns, apps.Where(a => a.Overall is not null), (w, a) => WriteRating(w, t, a));
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
        w.Write(a.Status, NpgsqlDbType.Smallint);
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

    private sealed record SeedApplicationEvent(Guid ApplicationId, DateTime At, string Kind, short Status, string? Note);

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
        w.Write(e.Status, NpgsqlDbType.Smallint);
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
}

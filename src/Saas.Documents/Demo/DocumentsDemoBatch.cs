using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using static Saas.Platform.Demo.DemoCopy;

namespace Saas.Documents.Demo;

/// <summary>One batch of one tenant's documents: numbers reserved on the live counters, then one COPY per table.</summary>
internal sealed partial class DocumentsDemoSeeder
{
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

    private static async Task<long> WriteBatchAsync(NpgsqlConnection conn, bool direct, SeedTenant t, List<SeedIncoming> incoming, List<SeedOutgoing> outgoing)
    {
        await using var tx = await BeginTenantBatchAsync(conn, t.Id, ", set_config('gin_pending_list_limit', '16384', true)");

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
                DocumentsDemoGenerator.Number(t, d, next++);
            }
        }

        long rows = 0;
        rows += await CopyAsync(conn, tx, direct, "documents", "incoming_documents", IncomingColumns, incoming, (w, d) => WriteIncoming(w, t, d));
        rows += await CopyAsync(conn, tx, direct, "documents", "incoming_assignments", AssignmentColumns,
            incoming.SelectMany(d => d.Assignees.Select(a => (d, a))), (w, x) => WriteAssignment(w, t, x.d, x.a));
        rows += await CopyAsync(conn, tx, direct, "documents", "outgoing_documents", OutgoingColumns, outgoing, (w, d) => WriteOutgoing(w, t, d));
        rows += await CopyAsync(conn, tx, direct, "documents", "outgoing_approvals", ApprovalColumns,
            outgoing.SelectMany(d => d.Approvals.Select((a, i) => (d, a, i))), (w, x) => WriteApproval(w, t, x.d, x.a, x.i));
        rows += await CopyAsync(conn, tx, direct, "documents", "outgoing_recipients", RecipientColumns,
            outgoing.SelectMany(d => d.Recipients.Select(r => (d, r))), (w, x) => WriteRecipient(w, t, x.d, x.r));
        rows += await CopyAsync(conn, tx, direct, "documents", "document_events", EventColumns,
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
        w.Write(Saas.Platform.Text.Texts.Bilingual("documents.outgoing.issue.sent_outside"), NpgsqlDbType.Text); // the note live issuing stores
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
}

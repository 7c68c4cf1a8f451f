using Npgsql;

namespace Saas.Documents.Demo;

/// <summary>An incoming document another module's demo data may refer to (a work file holds it without copying it).</summary>
public sealed record DemoDocument(Guid Id, string Subject, string Number, DateOnly Issued, int? Pages, bool Electronic);

/// <summary>
/// The documents' side of linking demo data: the documents seeder leaves one in <c>DemoSeedContext.Items</c> under
/// <see cref="ItemKey"/>, so the work-files seeder finds the tenants' seeded documents without reading this module's tables itself.
/// Callers open the connection and transaction (platform scope, and the tenant for <see cref="TakeAsync"/>).
/// </summary>
public sealed class DemoDocumentPool
{
    public const string ItemKey = "documents.pool";

    /// <summary>Non-secret incoming documents per tenant of one database (in the platform scope).</summary>
    public async Task<Dictionary<Guid, long>> CountByTenantAsync(NpgsqlConnection conn, NpgsqlTransaction tx)
    {
        await using var cmd = new NpgsqlCommand("select tenant_id, count(*) from documents.incoming_documents where secrecy = 0 group by 1", conn, tx);
        await using var r = await cmd.ExecuteReaderAsync();
        var counts = new Dictionary<Guid, long>();
        while (await r.ReadAsync())
        {
            counts[r.GetGuid(0)] = r.GetInt64(1);
        }
        return counts;
    }

    /// <summary>The tenant's first <paramref name="limit"/> non-secret documents that were not returned, in order of receipt.</summary>
    public async Task<List<DemoDocument>> TakeAsync(NpgsqlConnection conn, NpgsqlTransaction tx, Guid tenant, int limit)
    {
        var docs = new List<DemoDocument>();
        await using var cmd = new NpgsqlCommand(
            """
            select id, subject, number_notation, issued_date, page_count, source = 'platform' from documents.incoming_documents
            where tenant_id = @t and secrecy = 0 and status <> 'returned' order by received_at limit @n
            """, conn, tx);
        cmd.Parameters.AddWithValue("t", tenant);
        cmd.Parameters.AddWithValue("n", limit);
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            docs.Add(new DemoDocument(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateOnly>(3),
                reader.IsDBNull(4) ? null : reader.GetInt32(4), reader.GetBoolean(5)));
        }
        return docs;
    }
}

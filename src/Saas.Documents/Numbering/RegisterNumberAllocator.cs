using Npgsql;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;

namespace Saas.Documents.Numbering;

/// <summary>
/// Gapless numbers per register per year (số đến, số văn bản đi), taken inside the registering transaction:
/// the counter row is locked by the UPDATE until commit, so concurrent registrations queue on it and a
/// rolled-back one gives its number back. A PostgreSQL sequence would leave holes.
/// </summary>
public sealed class RegisterNumberAllocator(TenantDataSession session, ICurrentTenant tenant)
{
    public async Task<int> NextAsync(string registerCode, int year, CancellationToken ct)
    {
        var conn = await session.GetConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand(
            """
            insert into documents.register_counters(tenant_id, register_code, year, last_number) values (@t, @r, @y, 1)
            on conflict (tenant_id, register_code, year) do update set last_number = register_counters.last_number + 1
            returning last_number
            """, conn, session.Transaction);
        cmd.Parameters.AddWithValue("t", tenant.Id ?? throw new InvalidOperationException("Numbering needs a tenant."));
        cmd.Parameters.AddWithValue("r", registerCode);
        cmd.Parameters.AddWithValue("y", year);
        return (int)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Numbers below 10 get a leading zero (Nghị định 30/2020, Phụ lục I).</summary>
    public static string Format(int number) => number.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Npgsql;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;

namespace Saas.OneStop.Applications;

/// <summary>
/// Mã hồ sơ <c>&lt;agency code&gt;-YYMMDD-NNNN</c> (TT 01/2018, kept by TT 03/2025 [S]): gapless per tenant per day.
/// The counter row is advanced with UPDATE … RETURNING inside the receiving transaction, so concurrent receptions
/// queue on the row lock and a rolled-back one gives its number back.
/// </summary>
public sealed class ApplicationCodeAllocator(TenantDataSession session, ICurrentTenant tenant, IConfiguration config)
{
    public async Task<string> NextAsync(DateTimeOffset at, CancellationToken ct)
    {
        var current = tenant.Tenant ?? throw new InvalidOperationException("Application codes need a tenant.");
        var day = DateOnly.FromDateTime(Saas.Calendar.VietnamTime.ToLocal(at));
        var conn = await session.GetConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand(
            """
            insert into onestop.code_counters(tenant_id, day, last_number) values (@t, @d, 1)
            on conflict (tenant_id, day) do update set last_number = code_counters.last_number + 1
            returning last_number
            """, conn, session.Transaction);
        cmd.Parameters.AddWithValue("t", current.Id);
        cmd.Parameters.AddWithValue("d", day);
        var number = (int)(await cmd.ExecuteScalarAsync(ct))!;
        return $"{PrefixOf(current, config)}-{day:yyMMdd}-{number:0000}";
    }

    /// <summary>
    /// The QCVN 102 code of the tenant when known. Most Thanh Hóa tenants have none on record yet
    /// (<c>agencyCode.qcvn102: null</c>), so a configured <c>OneStop:CodePrefixes:&lt;slug&gt;</c> comes next, and
    /// otherwise a provisional <c>H56.Xxxxxxx</c>: the province code and six characters derived from the slug. It is
    /// unique per tenant, so a public look-up can still find the tenant from the code, and it contains no "-".
    /// </summary>
    public static string PrefixOf(TenantInfo tenant, IConfiguration config)
    {
        if (!string.IsNullOrWhiteSpace(tenant.AgencyCode))
        {
            return tenant.AgencyCode.Trim();
        }
        if (config[$"OneStop:CodePrefixes:{tenant.Slug}"] is { Length: > 0 } configured)
        {
            return configured;
        }
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(tenant.Slug)))[..6];
        return $"H56.X{hash}";
    }

    /// <summary>The prefix of a code (everything before <c>-YYMMDD-NNNN</c>), or null when malformed.</summary>
    public static string? PrefixOfCode(string code)
    {
        var match = System.Text.RegularExpressions.Regex.Match(code, @"^([0-9A-Z.]{3,35})-(\d{6})-(\d{4,})$");
        return match.Success ? match.Groups[1].Value : null;
    }
}

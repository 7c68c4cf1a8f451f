using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using Saas.Identity.Authorization;
using Saas.Platform.Auditing;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;
using Saas.Platform.Paging;
using Saas.Platform.Text;

namespace Saas.Host.Api;

/// <summary>
/// /api/v1/audit: the current tenant's audit log (tenant admins). It stays in Host: every module writes into the one
/// audit trail, so the log is a platform-wide, cross-module view rather than any module's web layer.
/// </summary>
public static class AuditEndpoints
{
    public static RouteGroupBuilder MapAuditEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/audit").RequireAuthorization(Policies.TenantAdmin).WithTags("Audit");
        group.MapGet("/", ListAsync).WithSummary(Texts.Bilingual("host.api.audit"));
        group.MapGet("/verify", async (AuditChainVerifier verifier, ICurrentTenant current, CancellationToken ct) =>
            TypedResults.Ok(new AuditChainDto(await verifier.FindFirstBrokenAsync(current.Id!.Value, ct))))
            .WithSummary(Texts.Bilingual("host.api.audit_verify"));
        return api;
    }

    public static async Task<Ok<AuditPage>> ListAsync(TenantDataSession session, ICurrentTenant tenant, int? page, int? size, CancellationToken ct)
    {
        var paging = PageRequest.Of(page, size, maxSize: 200);
        var items = await ReadAsync(session, tenant.Id!.Value, paging.Page, paging.Size, ct);
        return TypedResults.Ok(new AuditPage(paging.Page, paging.Size, items));
    }

    // Row-level security alone would keep other tenants out; the tenant predicate is there so the primary key
    // (tenant_id, seq) serves the query instead of a filter over every tenant's entries.
    public static async Task<List<AuditEntryDto>> ReadAsync(TenantDataSession session, Guid tenantId, int page, int size, CancellationToken ct)
    {
        var conn = await session.GetConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand(
            """
            select seq, occurred_at, actor_name, action, entity_type, entity_id, before::text, after::text
            from audit.entries where tenant_id = @t order by seq desc limit @l offset @o
            """, conn, session.Transaction);
        cmd.Parameters.AddWithValue("t", tenantId);
        cmd.Parameters.AddWithValue("l", size);
        cmd.Parameters.AddWithValue("o", PageRequest.Of(page, size, maxSize: size).Offset);
        var result = new List<AuditEntryDto>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result.Add(new AuditEntryDto(reader.GetInt64(0), new DateTimeOffset(reader.GetDateTime(1), TimeSpan.Zero),
                reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7)));
        }
        return result;
    }
}

public sealed record AuditEntryDto(long Seq, DateTimeOffset OccurredAt, string? Actor, string Action, string EntityType, string EntityId, string? Before, string? After);

/// <summary>The first entry whose hash does not follow from its predecessor's, or null when the chain is intact.</summary>
public sealed record AuditChainDto(long? BrokenAt);

public sealed record AuditPage(int Page, int Size, IReadOnlyList<AuditEntryDto> Items);

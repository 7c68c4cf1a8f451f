using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Saas.IntegrationTests.Infrastructure;
using Saas.Platform.Auditing;
using Saas.Platform.MultiTenancy;
using Saas.Tenancy.Catalog;

namespace Saas.IntegrationTests.Operations;

[Collection(PlatformCollection.Name)]
public sealed class AuditLogTests(PlatformFixture platform)
{
    [Fact]
    public async Task Chain_verifies_and_application_role_cannot_rewrite_history()
    {
        using var admin = await platform.ClientForAsync("lanhdao.ubnd");
        var verify = await (await admin.GetAsync("/api/v1/audit/verify")).ReadAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, verify.GetProperty("brokenAt").ValueKind);

        await using var conn = platform.OpenAs("app");
        await using var cmd = new NpgsqlCommand("update audit.entries set action = 'x'", conn);
        var ex = await Assert.ThrowsAsync<PostgresException>(() => cmd.ExecuteNonQueryAsync());
        Assert.Equal("42501", ex.SqlState); // permission denied
    }

    [Fact]
    public async Task Tampering_by_the_table_owner_is_detected_by_the_hash_chain()
    {
        // Record two entries for a throwaway tenant, then tamper with the first one behind the trigger's back.
        using var admin = await platform.ClientForAsync("admin");
        using (var created = await admin.PostAsync("/api/v1/platform/tenants",
                   System.Net.Http.Json.JsonContent.Create(new { slug = "so-kiem-tra-nhat-ky", name = "Sở kiểm tra nhật ký", level = "department", parent = "ubnd-tinh" })))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }
        (await admin.PostAsync("/api/v1/platform/tenants/so-kiem-tra-nhat-ky/suspend", null)).EnsureSuccessStatusCode();
        var tenantId = Saas.Tenancy.Catalog.Tenant.IdFor("so-kiem-tra-nhat-ky");

        var tamperedSeq = await platform.ScalarAsync<long>(
            $"select seq from audit.entries where tenant_id = '{tenantId}' and action = 'tenant.suspended'", role: "superuser");
        Assert.True(tamperedSeq > 1);
        await using (var owner = platform.OpenAs("superuser"))
        {
            await using var tamper = new NpgsqlCommand(
                $$"""
                alter table audit.entries disable trigger trg_audit_entries_append_only;
                update audit.entries set after = '{"status":"active"}' where tenant_id = '{{tenantId}}' and action = 'tenant.suspended';
                alter table audit.entries enable trigger trg_audit_entries_append_only;
                """, owner);
            await tamper.ExecuteNonQueryAsync();
        }
        var info = (await platform.Services.Services.GetRequiredService<ITenantCatalog>().FindBySlugAsync("so-kiem-tra-nhat-ky"))!;
        await using var scope = platform.Services.Services.GetRequiredService<ITenantScopeFactory>().CreateTenantScope(info);
        var brokenAt = await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().FindFirstBrokenAsync(tenantId);
        Assert.Equal(tamperedSeq, brokenAt);
    }
}

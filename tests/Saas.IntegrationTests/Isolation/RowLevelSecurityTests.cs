using Npgsql;
using Saas.IntegrationTests.Infrastructure;
using Saas.Tenancy.Catalog;

namespace Saas.IntegrationTests.Isolation;

/// <summary>The database itself keeps tenants apart, even for raw SQL that forgets every filter.</summary>
[Collection(PlatformCollection.Name)]
public sealed class RowLevelSecurityTests(PlatformFixture platform)
{
    private static readonly Guid SoNoiVu = Tenant.IdFor("so-noi-vu");
    private static readonly Guid SoTaiChinh = Tenant.IdFor("so-tai-chinh");

    private static async Task<long> CountAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    private static async Task SetTenantAsync(NpgsqlConnection conn, NpgsqlTransaction tx, Guid tenant)
    {
        await using var cmd = new NpgsqlCommand("select set_config('app.tenant_id', @t, true)", conn, tx);
        cmd.Parameters.AddWithValue("t", tenant.ToString());
        await cmd.ExecuteNonQueryAsync();
    }

    [Theory]
    [InlineData("documents.registers")]
    [InlineData("documents.document_types")]
    [InlineData("audit.entries")]
    public async Task Application_role_sees_only_the_tenant_set_in_its_transaction(string table)
    {
        var total = await platform.ScalarAsync<long>($"select count(*) from {table}", role: "superuser");
        var own = await platform.ScalarAsync<long>($"select count(*) from {table} where tenant_id = '{SoNoiVu}'", role: "superuser");
        Assert.True(own > 0 && total > own, "the data set must hold rows of several tenants for this test to mean anything");

        await using var conn = platform.OpenAs("app");
        await using var tx = await conn.BeginTransactionAsync();
        await SetTenantAsync(conn, tx, SoNoiVu);
        Assert.Equal(own, await CountAsync(conn, tx, $"select count(*) from {table}"));
        Assert.Equal(0, await CountAsync(conn, tx, $"select count(*) from {table} where tenant_id <> '{SoNoiVu}'"));
    }

    [Fact]
    public async Task Without_a_tenant_setting_the_application_role_sees_nothing()
    {
        await using var conn = platform.OpenAs("app");
        await using var tx = await conn.BeginTransactionAsync();
        Assert.Equal(0, await CountAsync(conn, tx, "select count(*) from documents.registers"));
    }

    [Fact]
    public async Task Tenant_setting_does_not_outlive_its_transaction_on_a_pooled_connection()
    {
        await using var conn = platform.OpenAs("app");
        await using (var tx = await conn.BeginTransactionAsync())
        {
            await SetTenantAsync(conn, tx, SoNoiVu);
            Assert.True(await CountAsync(conn, tx, "select count(*) from documents.registers") > 0);
            await tx.CommitAsync();
        }
        await using var next = await conn.BeginTransactionAsync();
        Assert.Equal(0, await CountAsync(conn, next, "select count(*) from documents.registers"));
    }

    [Fact]
    public async Task Application_role_cannot_write_a_row_for_another_tenant()
    {
        await using var conn = platform.OpenAs("app");
        await using var tx = await conn.BeginTransactionAsync();
        await SetTenantAsync(conn, tx, SoNoiVu);
        await using var cmd = new NpgsqlCommand(
            "insert into documents.registers(tenant_id, code, name, direction) values (@t, 'XTENANT', 'Sổ lạ', 'incoming')", conn, tx);
        cmd.Parameters.AddWithValue("t", SoTaiChinh);
        var ex = await Assert.ThrowsAsync<PostgresException>(() => cmd.ExecuteNonQueryAsync());
        Assert.Equal("42501", ex.SqlState); // new row violates row-level security policy
    }

    [Fact]
    public async Task Application_role_cannot_update_another_tenants_rows_even_by_key()
    {
        await using var conn = platform.OpenAs("app");
        await using var tx = await conn.BeginTransactionAsync();
        await SetTenantAsync(conn, tx, SoNoiVu);
        await using var cmd = new NpgsqlCommand(
            "update documents.registers set name = 'bị sửa' where tenant_id = @t and code = 'VBDEN'", conn, tx);
        cmd.Parameters.AddWithValue("t", SoTaiChinh);
        Assert.Equal(0, await cmd.ExecuteNonQueryAsync());
        await tx.RollbackAsync();
        Assert.NotEqual("bị sửa", await platform.ScalarAsync<string>(
            $"select name from documents.registers where tenant_id = '{SoTaiChinh}' and code = 'VBDEN'", role: "superuser"));
    }

    /// <summary>
    /// Tables that carry a <c>tenant_id</c> column yet are deliberately outside row-level security. Each needs a reason;
    /// a new table lands here only by an explicit decision, never by forgetting the policy.
    /// </summary>
    private static readonly HashSet<string> NotTenantOwned =
    [
    ];

    [Fact]
    public async Task Every_table_with_a_tenant_id_column_enables_and_forces_row_level_security()
    {
        await using var conn = platform.OpenAs("superuser");
        await using var cmd = new NpgsqlCommand(
            """
            select n.nspname || '.' || c.relname, c.relrowsecurity, c.relforcerowsecurity,
                   exists (select 1 from pg_policy p where p.polrelid = c.oid)
            from pg_class c
            join pg_namespace n on n.oid = c.relnamespace
            join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
            where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')
            order by 1
            """, conn);
        var tables = new List<string>();
        var unguarded = new List<string>();
        await using (var r = await cmd.ExecuteReaderAsync())
        {
            while (await r.ReadAsync())
            {
                var name = r.GetString(0);
                tables.Add(name);
                if (!NotTenantOwned.Contains(name) && !(r.GetBoolean(1) && r.GetBoolean(2) && r.GetBoolean(3)))
                {
                    unguarded.Add($"{name} (enabled={r.GetBoolean(1)}, forced={r.GetBoolean(2)}, policy={r.GetBoolean(3)})");
                }
            }
        }
        Assert.Contains("statistics.reports", tables);
        Assert.True(tables.Count > 20, "the catalogue query must see the modules' tables for this test to mean anything");
        Assert.Empty(unguarded);
        // An allow-list entry for a table that no longer exists (or no longer has tenant_id) is stale.
        Assert.Empty(NotTenantOwned.Except(tables));
    }

    [Fact]
    public async Task Application_role_owns_nothing_and_cannot_bypass_rls()
    {
        Assert.Equal(0, await platform.ScalarAsync<long>(
            "select count(*) from pg_tables where tableowner = 'saas_app'", role: "superuser"));
        Assert.False(await platform.ScalarAsync<bool>("select rolbypassrls from pg_roles where rolname = 'saas_app'", role: "superuser"));
        Assert.True(await platform.ScalarAsync<bool>(
            "select bool_and(relforcerowsecurity) from pg_class where oid in ('documents.registers'::regclass, 'documents.document_types'::regclass, 'audit.entries'::regclass)",
            role: "superuser"));
    }
}

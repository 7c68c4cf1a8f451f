using System.Net;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Tenancy;

[Collection(PlatformCollection.Name)]
public sealed class SuspensionTests(PlatformFixture platform)
{
    [Fact]
    public async Task Suspended_tenant_refuses_its_own_members_until_reactivated()
    {
        using var admin = await platform.ClientForAsync("admin");
        using var member = await platform.ClientForAsync("vanthu.stc");
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/api/v1/registers")).StatusCode);

        using (var suspend = await admin.PostAsync("/api/v1/platform/tenants/so-tai-chinh/suspend", null))
        {
            Assert.Equal(HttpStatusCode.OK, suspend.StatusCode);
            Assert.Equal("suspended", (await suspend.ReadAsync()).GetProperty("status").GetString());
        }
        try
        {
            // The host process learns of the change through Redis pub/sub, not by waiting for a cache to expire.
            using var refused = await member.GetAsync("/api/v1/registers");
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("tenant-suspended", (await refused.ReadAsync()).GetProperty("type").GetString());

            using var twice = await admin.PostAsync("/api/v1/platform/tenants/so-tai-chinh/suspend", null);
            Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        }
        finally
        {
            using var reactivate = await admin.PostAsync("/api/v1/platform/tenants/so-tai-chinh/reactivate", null);
            Assert.Equal(HttpStatusCode.OK, reactivate.StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/api/v1/registers")).StatusCode);

        var actions = await platform.ScalarAsync<string>(
            "select string_agg(action, ',' order by seq) from audit.entries where entity_type = 'tenant' and entity_id = 'so-tai-chinh' and action in ('tenant.suspended', 'tenant.reactivated')",
            role: "superuser"); // FORCE ROW LEVEL SECURITY applies to the table owner too
        Assert.Equal("tenant.suspended,tenant.reactivated", actions);
    }

    [Fact]
    public async Task Only_platform_admins_may_suspend()
    {
        using var tenantAdmin = await platform.ClientForAsync("admin.snv");
        using var response = await tenantAdmin.PostAsync("/api/v1/platform/tenants/so-noi-vu/suspend", null);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("active", await platform.ScalarAsync<string>("select status from platform.tenants where slug = 'so-noi-vu'"));
    }
}

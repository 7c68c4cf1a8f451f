using System.Net;
using System.Net.Http.Json;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Isolation;

/// <summary>Every endpoint that touches tenant data refuses another tenant's user, whatever ids or tenant names are sent.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CrossTenantEndpointTests(PlatformFixture platform)
{
    public static TheoryData<string, string> TenantEndpoints => new()
    {
        { "GET", "/api/v1/tenant" },
        { "GET", "/api/v1/document-types" },
        { "GET", "/api/v1/registers" },
        { "GET", "/api/v1/registers/VBDEN" },
        { "PUT", "/api/v1/registers/VBDEN" },
        { "GET", "/api/v1/staff" },
        { "GET", "/api/v1/staff/candidates?q=a" },
        { "PUT", "/api/v1/staff/7d2066eb-325d-528f-b569-3a8814be0891/roles/clerk" },
        { "DELETE", "/api/v1/staff/7d2066eb-325d-528f-b569-3a8814be0891/roles/clerk" },
        { "GET", "/api/v1/audit" },
        { "GET", "/api/v1/audit/verify" },
        { "GET", "/api/v1/units" },
        { "GET", "/api/v1/my-work/unit" },
        { "GET", "/api/v1/onestop/applications" },
        { "GET", "/api/v1/onestop/tracking-book" },
        { "POST", "/api/v1/units" },
        { "PUT", "/api/v1/units/tong-hop/members/7d2066eb-325d-528f-b569-3a8814be0891" },
        { "DELETE", "/api/v1/units/tong-hop/members/7d2066eb-325d-528f-b569-3a8814be0891" },
    };

    private static HttpRequestMessage Request(string method, string path) => new(new HttpMethod(method), path)
    {
        Content = method is "PUT" or "POST" ? JsonContent.Create(new { name = "Sổ bị sửa", active = false, code = "phong-la" }) : null,
    };

    [Theory]
    [MemberData(nameof(TenantEndpoints))]
    public async Task Another_tenants_admin_is_refused_by_header(string method, string path)
    {
        // admin.stc administers Sở Tài chính; UBND tỉnh is not theirs.
        using var client = await platform.ClientForAsync("admin.stc", "ubnd-tinh");
        using var response = await client.SendAsync(Request(method, path));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TenantEndpoints))]
    public async Task Another_tenants_admin_is_refused_by_route_prefix(string method, string path)
    {
        using var client = await platform.ClientForAsync("admin.stc");
        using var response = await client.SendAsync(Request(method, "/t/ubnd-tinh" + path));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Same_register_code_in_two_tenants_changes_only_the_callers_row()
    {
        using var stc = await platform.ClientForAsync("admin.stc");
        using var response = await stc.PutAsJsonAsync("/api/v1/registers/VBDEN", new { name = "Sổ văn bản đến – Sở Tài chính", active = true });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        using var snv = await platform.ClientForAsync("admin.snv");
        var theirs = await (await snv.GetAsync("/api/v1/registers/VBDEN")).ReadAsync();
        Assert.Equal("Sổ đăng ký văn bản đến", theirs.GetProperty("name").GetString());
        var ours = await (await stc.GetAsync("/api/v1/registers/VBDEN")).ReadAsync();
        Assert.Equal("Sổ văn bản đến – Sở Tài chính", ours.GetProperty("name").GetString());

        // The tenant's own edit survives the next `tenants apply` of the level defaults.
        var report = await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Saas.Tenancy.Apply.TenantApplier>(platform.Services.Services).ApplyAsync(TestEnvironment.TenantsFolder);
        Assert.Contains(report.Changes, c => c.Key == "so-tai-chinh/VBDEN" && c.Detail == "customized by the tenant");
        Assert.Equal("Sổ văn bản đến – Sở Tài chính",
            (await (await stc.GetAsync("/api/v1/registers/VBDEN")).ReadAsync()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Lists_contain_only_the_current_tenants_rows()
    {
        using var snv = await platform.ClientForAsync("vanthu.snv");
        var registers = await (await snv.GetAsync("/api/v1/registers")).ReadAsync();
        var expected = await platform.ScalarAsync<long>(
            "select count(*) from documents.registers r join platform.tenants t on t.id = r.tenant_id where t.slug = 'so-noi-vu'", role: "superuser");
        Assert.Equal(expected, registers.GetArrayLength());
    }

    [Fact]
    public async Task Specialist_cannot_use_tenant_admin_endpoints_of_their_own_tenant()
    {
        using var client = await platform.ClientForAsync("vanthu.snv");
        using var response = await client.GetAsync("/api/v1/staff");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Tenant_users_cannot_use_platform_endpoints()
    {
        using var client = await platform.ClientForAsync("admin.snv");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/platform/tenants")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/platform/job-runs")).StatusCode);
    }
}

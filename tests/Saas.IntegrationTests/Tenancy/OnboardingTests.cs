using System.Net;
using System.Net.Http.Json;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Tenancy;

[Collection(PlatformCollection.Name)]
public sealed class OnboardingTests(PlatformFixture platform)
{
    [Fact]
    public async Task Onboarding_creates_the_tenant_its_registers_its_keycloak_groups_and_an_audit_entry()
    {
        using var admin = await platform.ClientForAsync("admin");
        using var response = await admin.PostAsJsonAsync("/api/v1/platform/tenants", new
        {
            slug = "ban-dan-toc-thu",
            name = "Ban Dân tộc (thử nghiệm)",
            level = "department",
            parent = "ubnd-tinh",
            notation = "BDT",
            agencyCode = new { qcvn102 = "000.00.99.H56", status = "reported", source = "thử nghiệm" },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/v1/platform/tenants/ban-dan-toc-thu", response.Headers.Location?.OriginalString);

        Assert.Equal(1, await platform.ScalarAsync<long>("select count(*) from platform.tenants where slug = 'ban-dan-toc-thu' and level = 'department'"));
        Assert.True(await platform.ScalarAsync<long>(
            "select count(*) from documents.registers r join platform.tenants t on t.id = r.tenant_id where t.slug = 'ban-dan-toc-thu'", role: "superuser") >= 2);
        Assert.Equal(1, await platform.ScalarAsync<long>(
            "select count(*) from audit.entries where entity_id = 'ban-dan-toc-thu' and action = 'tenant.created' and actor_name = 'Quản trị Nền tảng'", role: "superuser"));

        // The tenant's Keycloak groups exist, so its admin can be named at once.
        var adminToken = await Tokens.ClientCredentialsAsync("saas-admin", "dev-only-saas-admin-secret");
        using var kc = new HttpClient();
        kc.DefaultRequestHeaders.Authorization = new("Bearer", adminToken);
        using var group = await kc.GetAsync($"{TestEnvironment.Oidc}/admin/realms/thanh-hoa/group-by-path/tenants/ban-dan-toc-thu/tenant-admin");
        Assert.Equal(HttpStatusCode.OK, group.StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_a_problem_with_field_errors_and_nothing_is_created()
    {
        using var admin = await platform.ClientForAsync("admin");
        var before = await platform.ScalarAsync<long>("select count(*) from platform.tenants");
        var auditBefore = await platform.ScalarAsync<long>("select count(*) from audit.entries", role: "superuser");

        using var response = await admin.PostAsJsonAsync("/api/v1/platform/tenants", new
        {
            slug = "Xã Sai Mã",
            name = "",
            level = "village",
            agencyCode = new { qcvn102 = "H56-123", status = "verified" },
            hosts = new[] { "not a host" },
            database = "Host=x;Database=y;Password=secret",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.ReadAsync()).GetProperty("errors");
        foreach (var field in new[] { "slug", "name", "level", "parent", "agencyCode.qcvn102", "hosts", "database" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"expected an error for {field}: {errors}");
        }
        Assert.Equal(before, await platform.ScalarAsync<long>("select count(*) from platform.tenants"));
        Assert.Equal(auditBefore, await platform.ScalarAsync<long>("select count(*) from audit.entries", role: "superuser"));
    }

    [Fact]
    public async Task Duplicate_slug_and_unknown_parent_are_refused()
    {
        using var admin = await platform.ClientForAsync("admin");
        using var duplicate = await admin.PostAsJsonAsync("/api/v1/platform/tenants", new { slug = "so-noi-vu", name = "Sở Nội vụ 2", level = "department", parent = "ubnd-tinh" });
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.True((await duplicate.ReadAsync()).GetProperty("errors").TryGetProperty("slug", out _));

        using var orphan = await admin.PostAsJsonAsync("/api/v1/platform/tenants", new { slug = "xa-mo-coi", name = "Xã Mồ Côi", level = "commune", parent = "khong-co" });
        Assert.Equal(HttpStatusCode.BadRequest, orphan.StatusCode);
        Assert.True((await orphan.ReadAsync()).GetProperty("errors").TryGetProperty("parent", out _));
        Assert.Equal(0, await platform.ScalarAsync<long>("select count(*) from platform.tenants where slug = 'xa-mo-coi'"));
    }

    [Fact]
    public async Task Malformed_json_is_a_problem_response()
    {
        using var admin = await platform.ClientForAsync("admin");
        using var response = await admin.PostAsync("/api/v1/platform/tenants",
            new StringContent("{\"slug\": ", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

using System.Net;
using System.Net.Http.Headers;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Tenancy;

[Collection(PlatformCollection.Name)]
public sealed class TenantResolutionTests(PlatformFixture platform)
{
    [Fact]
    public async Task Default_tenant_claim_selects_the_users_tenant()
    {
        using var client = await platform.ClientForAsync("tran.thi.binh");
        var me = await (await client.GetAsync("/api/v1/me")).ReadAsync();
        Assert.Equal("so-noi-vu", me.GetProperty("currentTenant").GetString());
    }

    [Fact]
    public async Task Route_prefix_selects_another_tenant_of_the_same_user()
    {
        using var client = await platform.ClientForAsync("tran.thi.binh");
        var tenant = await (await client.GetAsync("/t/phuong-hac-thanh/api/v1/tenant")).ReadAsync();
        Assert.Equal("phuong-hac-thanh", tenant.GetProperty("slug").GetString());
        Assert.Equal("Phường Hạc Thành", tenant.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Header_selects_another_tenant_of_the_same_user()
    {
        using var client = await platform.ClientForAsync("tran.thi.binh", "phuong-hac-thanh");
        var tenant = await (await client.GetAsync("/api/v1/tenant")).ReadAsync();
        Assert.Equal("phuong-hac-thanh", tenant.GetProperty("slug").GetString());
    }

    [Fact]
    public async Task Route_prefix_wins_over_header_in_the_default_order()
    {
        using var client = await platform.ClientForAsync("tran.thi.binh", "so-noi-vu");
        var tenant = await (await client.GetAsync("/t/phuong-hac-thanh/api/v1/tenant")).ReadAsync();
        Assert.Equal("phuong-hac-thanh", tenant.GetProperty("slug").GetString());
    }

    [Fact]
    public async Task Unknown_tenant_is_a_404_problem()
    {
        using var client = await platform.ClientForAsync("tran.thi.binh", "khong-ton-tai");
        using var response = await client.GetAsync("/api/v1/tenant");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadAsync();
        Assert.Contains("tenant-not-found", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Unknown_tenant_in_a_browser_gets_a_vietnamese_page()
    {
        using var client = platform.Anonymous();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var response = await client.GetAsync("/t/khong-ton-tai/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy đơn vị", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Non_member_naming_a_tenant_is_refused_with_403()
    {
        using var client = await platform.ClientForAsync("vanthu.stc", "so-noi-vu");
        using var response = await client.GetAsync("/api/v1/tenant");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("not-a-member", (await response.ReadAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Api_without_token_is_401_not_a_redirect()
    {
        using var client = platform.Anonymous();
        using var response = await client.GetAsync("/api/v1/registers");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Token_for_another_audience_is_rejected()
    {
        // The service account's token is meant for Keycloak's admin API (aud realm-management), not for this API.
        var token = await Tokens.ClientCredentialsAsync("saas-admin", "dev-only-saas-admin-secret");
        using var client = platform.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

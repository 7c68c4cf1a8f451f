using Microsoft.Playwright;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Browser;

/// <summary>Headless Chromium through the real sign-in page of the identity server (OpenID Connect code flow + PKCE).</summary>
[Collection(PlatformCollection.Name)]
public sealed class TenantSwitcherBrowserTests(PlatformFixture platform) : BrowserTestBase(platform)
{
    [Fact]
    public async Task User_in_two_tenants_logs_in_switches_tenant_and_sees_its_name()
    {
        var page = await SignInAsync("tran.thi.binh");
        Assert.Equal("Sở Nội vụ tỉnh Thanh Hóa", (await page.TextContentAsync("#current-tenant"))?.Trim());
        Assert.Contains("Trần Thị Bình", await page.TextContentAsync("#user-name"));

        await page.ClickAsync("#tenant-switcher");
        await page.ClickAsync("a[data-tenant='phuong-hac-thanh']");
        await page.WaitForURLAsync("**/t/phuong-hac-thanh/");
        Assert.Equal("Phường Hạc Thành", (await page.TextContentAsync("#tenant-name"))?.Trim());
        Assert.Equal("Phường Hạc Thành", (await page.TextContentAsync("#current-tenant"))?.Trim());
        Assert.Contains("Quản trị đơn vị", await page.TextContentAsync("main"));

        // The tenant admin role there opens the staff page of that tenant, listing its counter officer.
        await page.GotoAsync(Platform.BaseUrl + "/t/phuong-hac-thanh/admin/staff");
        Assert.Contains("motcua.hacthanh", await page.TextContentAsync("#staff"));

        // Naming a tenant the user does not belong to is refused.
        var refused = await page.GotoAsync(Platform.BaseUrl + "/t/so-tai-chinh/");
        Assert.Equal(403, refused!.Status);
        Assert.Contains("Bạn không thuộc đơn vị này", await page.ContentAsync());
    }

    [Fact]
    public async Task Platform_admin_onboards_a_tenant_from_the_form_and_sees_field_errors_first()
    {
        var page = await SignInAsync("admin");
        await page.GotoAsync(Platform.BaseUrl + "/platform/tenants/new");
        await page.FillAsync("#slug", "Sai Định Dạng");
        await page.FillAsync("#name", "Xã Thử Giao Diện");
        await page.SelectOptionAsync("#level", "commune");
        await page.SelectOptionAsync("#parent", "ubnd-tinh");
        await page.ClickAsync("#create-tenant");
        Assert.NotNull(await page.QuerySelectorAsync("#form-errors"));
        Assert.Contains("Mã đơn vị chỉ gồm", await page.TextContentAsync("[data-field='slug']"));

        await page.FillAsync("#slug", "xa-thu-giao-dien");
        await page.ClickAsync("#create-tenant");
        await page.WaitForURLAsync("**/platform/tenants/xa-thu-giao-dien");
        Assert.Contains("Xã Thử Giao Diện", await page.TextContentAsync("#tenant-title"));

        await page.ClickAsync("#suspend");
        await page.WaitForSelectorAsync("#reactivate");
        Assert.Equal("Tạm dừng", (await page.TextContentAsync("#tenant-status"))?.Trim());

        await page.GotoAsync(Platform.BaseUrl + "/platform/tenants?q=thu giao dien");
        Assert.Contains("Xã Thử Giao Diện", await page.TextContentAsync("#tenant-list"));
    }
}

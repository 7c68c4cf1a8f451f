using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Browser;

/// <summary>Phòng, ban in the browser: the tenant admin builds a unit, the leader gives it a task, its member and head see it.</summary>
[Collection(PlatformCollection.Name)]
public sealed class UnitBrowserTests(PlatformFixture platform) : BrowserTestBase(platform)
{
    private const string Ward = "phuong-hac-thanh";

    [Fact]
    public async Task Tenant_admin_builds_a_unit_and_a_task_given_to_it_reaches_its_people()
    {
        var code = "to-cong-tac-" + Guid.NewGuid().ToString("N")[..5];
        var admin = await SignInAsync("tran.thi.binh", Ward);
        await admin.GotoAsync($"{Platform.BaseUrl}/t/{Ward}/admin/units");
        await admin.FillAsync("#unit-code", "Mã Sai");
        await admin.ClickAsync("#add-unit-submit");
        await admin.WaitForSelectorAsync("#add-unit .field-error:has-text('Mã đơn vị')");

        await admin.FillAsync("#unit-code", code);
        await admin.FillAsync("#unit-name", "Tổ công tác chuyển đổi số");
        await admin.ClickAsync("#add-unit-submit");
        await admin.WaitForSelectorAsync($"#units tr[data-unit='{code}']");
        await admin.SelectOptionAsync($"#add-member-{code} select", new Microsoft.Playwright.SelectOptionValue { Label = (await OptionLabelAsync(admin, code, "motcua.hacthanh"))! });
        await admin.ClickAsync($"#add-member-{code} button");
        await admin.WaitForSelectorAsync($"#units tr[data-unit='{code}'] li[data-member]");
        await admin.SelectOptionAsync($"#add-member-{code} select", new Microsoft.Playwright.SelectOptionValue { Label = (await OptionLabelAsync(admin, code, "tran.thi.binh"))! });
        await admin.CheckAsync($"#add-member-{code} input[name='isHead']");
        await admin.ClickAsync($"#add-member-{code} button");
        await admin.WaitForSelectorAsync($"#units tr[data-unit='{code}'] [data-head='true']");

        var title = $"Khảo sát nhu cầu chữ ký số {code}";
        var leader = await SignInAsync("lanhdao.hacthanh", Ward);
        await leader.GotoAsync($"{Platform.BaseUrl}/t/{Ward}/tasks");
        await leader.FillAsync("#title", title);
        await leader.FillAsync("#deadline", DateTime.UtcNow.AddHours(7).AddDays(10).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        await leader.SelectOptionAsync("#lead", $"unit:{code}");
        await leader.ClickAsync("#create-task");
        await leader.WaitForSelectorAsync("#task-title, h1");

        var member = await SignInAsync("motcua.hacthanh", Ward);
        await member.GotoAsync($"{Platform.BaseUrl}/t/{Ward}/my-work");
        Assert.Contains(title, await member.InnerTextAsync("#my-work"));

        await admin.GotoAsync($"{Platform.BaseUrl}/t/{Ward}/my-work");
        Assert.Contains(title, await admin.InnerTextAsync("#unit-work"));
    }

    private static async Task<string?> OptionLabelAsync(Microsoft.Playwright.IPage page, string unit, string username) =>
        await page.Locator($"#add-member-{unit} select option[data-username='{username}']").TextContentAsync();
}

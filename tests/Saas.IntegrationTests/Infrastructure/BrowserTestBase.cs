using Microsoft.Playwright;

namespace Saas.IntegrationTests.Infrastructure;

/// <summary>Headless Debian Chromium through Playwright; each person signs in through the identity server's real login page.</summary>
public abstract class BrowserTestBase(PlatformFixture platform) : IAsyncLifetime
{
    protected PlatformFixture Platform { get; } = platform;

    protected IBrowser Browser { get; private set; } = null!;

    private IPlaywright _playwright = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestEnvironment.Chromium ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }

    /// <summary>A separate browser context (own cookies) per person.</summary>
    protected async Task<IPage> SignInAsync(string username, string tenant)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{Platform.BaseUrl}/t/{tenant}/");
        await page.ClickAsync("#login-main");
        await page.FillAsync("#username", username);
        await page.FillAsync("#password", Tokens.Password);
        await page.ClickAsync("#kc-login");
        await page.WaitForURLAsync(url => url.StartsWith($"{Platform.BaseUrl}/t/{tenant}/", StringComparison.Ordinal));
        await page.WaitForSelectorAsync("#user-name");
        return page;
    }

    /// <summary>Signs in from the home page without naming a tenant (a platform admin belongs to none).</summary>
    protected async Task<IPage> SignInAsync(string username)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { Locale = "vi-VN" });
        await page.GotoAsync(Platform.BaseUrl + "/");
        await page.ClickAsync("#login-main");
        await page.FillAsync("#username", username);
        await page.FillAsync("#password", Tokens.Password);
        await page.ClickAsync("#kc-login");
        await page.WaitForURLAsync(url => url.StartsWith(Platform.BaseUrl, StringComparison.Ordinal));
        return page;
    }
}

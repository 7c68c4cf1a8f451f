using Microsoft.Playwright;
using Saas.IntegrationTests.Infrastructure;
using static Saas.IntegrationTests.OneStop.OneStopApi;

namespace Saas.IntegrationTests.Edge;

/// <summary>
/// Issue 10 item 7 in Chromium: under the Content-Security-Policy the pages raise no violation, the behaviour moved out
/// of inline handlers still works (a select reloads its form), and the API reference starts by its script hash.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ContentSecurityPolicyBrowserTests(PlatformFixture platform) : BrowserTestBase(platform)
{
    [Fact]
    public async Task Pages_run_under_the_policy_without_violations()
    {
        var violations = new List<string>();
        var page = await (await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "vi-VN" })).NewPageAsync();
        Watch(page, violations);

        await page.GotoAsync($"{Platform.BaseUrl}/tra-cuu");
        await page.GotoAsync($"{Platform.BaseUrl}/dich-vu-cong/{Commune}");
        // data-autosubmit (was onchange="this.form.submit()"): choosing the procedure reloads the form.
        await page.SelectOptionAsync("#procedure", LinkedProcedure);
        await page.WaitForSelectorAsync("#submit-form");

        // The third-party API reference renders: its inline start-up script is allowed by hash.
        await page.GotoAsync($"{Platform.BaseUrl}/api-docs");
        await page.WaitForFunctionAsync("() => document.querySelector('#app') && document.querySelector('#app').children.length > 0",
            null, new PageWaitForFunctionOptions { Timeout = 20000 });

        var clerk = await SignInAsync("vanthu.snv", "so-noi-vu");
        Watch(clerk, violations);
        await clerk.GotoAsync($"{Platform.BaseUrl}/t/so-noi-vu/documents/registers/VBDEN/book");
        var lastYear = (DateTime.UtcNow.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await clerk.SelectOptionAsync("#year", lastYear);
        await clerk.WaitForURLAsync(url => url.Contains("year=" + lastYear, StringComparison.Ordinal));
        await clerk.GotoAsync($"{Platform.BaseUrl}/t/so-noi-vu/statistics");

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    private static void Watch(IPage page, List<string> violations)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (violations)
                {
                    violations.Add($"{page.Url}: {message.Text}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (violations)
            {
                violations.Add($"{page.Url}: {error}");
            }
        };
    }
}

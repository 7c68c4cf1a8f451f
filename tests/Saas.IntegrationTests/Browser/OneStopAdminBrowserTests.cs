using System.Globalization;
using Microsoft.Playwright;
using Saas.IntegrationTests.Infrastructure;
using static Saas.IntegrationTests.OneStop.OneStopApi;

namespace Saas.IntegrationTests.Browser;

/// <summary>
/// The one-stop admin pages in the browser: the tenant admin edits the procedure catalogue (and bad input changes
/// nothing), a counter officer is refused; the platform admin drafts next year's working-day calendar from the lunar
/// calendar, adds a make-up Saturday and confirms it; the tenant admin adds a day of the commune's own.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class OneStopAdminBrowserTests(PlatformFixture platform) : BrowserTestBase(platform)
{
    /// <summary>Used by no other test, so editing it cannot change their appointments or papers.</summary>
    private const string EditedProcedure = "1.004227";

    private const string BirthProcedure = "1.001193";

    private static readonly int NextYear = DateTime.UtcNow.AddHours(7).Year + 1;

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Vn(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Tenant_admin_edits_time_fee_and_papers_and_the_api_shows_the_customised_procedure()
    {
        var tag = Guid.NewGuid().ToString("N")[..5];
        var admin = await SignInAsync("tran.thi.binh", Commune);
        Assert.NotNull(await admin.QuerySelectorAsync("#nav-procedures"));
        await admin.GotoAsync($"{Platform.BaseUrl}/t/{Commune}/onestop");
        await admin.ClickAsync("#procedure-catalogue");
        await admin.ClickAsync($"#procedures tr[data-code='{EditedProcedure}'] a.edit-link");
        await admin.WaitForSelectorAsync("#procedure-form");
        Assert.Equal(EditedProcedure, (await admin.TextContentAsync("#procedure-code"))?.Trim());

        await admin.FillAsync("#time-value", "12");
        await admin.SelectOptionAsync("#time-unit", "days");
        await admin.FillAsync("#fee", $"50.000 đồng/hồ sơ {tag}");
        await admin.FillAsync("#paper-name-0", $"Đơn đăng ký biến động (mẫu 11/ĐK) {tag}");
        await admin.FillAsync("#paper-code-2", "so-do-thua-dat");
        await admin.FillAsync("#paper-name-2", "Sơ đồ thửa đất");
        await admin.UncheckAsync("#paper-required-2");
        await admin.ClickAsync("#save-procedure");
        await admin.WaitForSelectorAsync($"#procedures tr[data-code='{EditedProcedure}'] .customized");
        var row = await admin.InnerTextAsync($"#procedures tr[data-code='{EditedProcedure}']");
        Assert.Contains("12 ngày làm việc", row);
        Assert.Contains($"50.000 đồng/hồ sơ {tag}", row);
        Assert.Contains("Sơ đồ thửa đất", row);

        using var api = await Platform.ClientForAsync("tran.thi.binh", Commune);
        var p = await GetAsync(api, $"/api/v1/onestop/procedures/{EditedProcedure}");
        Assert.True(p.GetProperty("customized").GetBoolean());
        Assert.Equal(12m, p.GetProperty("timeValue").GetDecimal());
        Assert.Equal("12 ngày làm việc", p.GetProperty("timeText").GetString());
        Assert.Equal($"50.000 đồng/hồ sơ {tag}", p.GetProperty("fee").GetString());
        var papers = p.GetProperty("papers").EnumerateArray().ToList();
        Assert.Equal(3, papers.Count);
        Assert.Equal($"Đơn đăng ký biến động (mẫu 11/ĐK) {tag}", papers[0].GetProperty("name").GetString());
        Assert.Equal("so-do-thua-dat", papers[2].GetProperty("code").GetString());
        Assert.False(papers[2].GetProperty("required").GetBoolean());
        Assert.Equal(4, p.GetProperty("route").GetArrayLength());
    }

    [Fact]
    public async Task Bad_input_shows_field_errors_with_422_and_a_counter_officer_is_refused_with_nothing_changed()
    {
        using var api = await Platform.ClientForAsync("tran.thi.binh", Commune);
        var before = (await GetAsync(api, $"/api/v1/onestop/procedures/{BirthProcedure}")).GetRawText();

        var admin = await SignInAsync("tran.thi.binh", Commune);
        await admin.GotoAsync($"{Platform.BaseUrl}/t/{Commune}/onestop/procedures/{BirthProcedure}");
        await admin.FillAsync("#time-value", "-2");
        await admin.FillAsync("#paper-name-1", "");
        var refused = await admin.RunAndWaitForResponseAsync(() => admin.ClickAsync("#save-procedure"), r => r.Request.Method == "POST");
        Assert.Equal(422, refused.Status);
        await admin.WaitForSelectorAsync("#error-summary");
        Assert.Contains("0 đến 365", await admin.InnerTextAsync("#timeValue-error"));
        Assert.Contains("Tên giấy tờ bắt buộc", await admin.InnerTextAsync("#paper-1-error"));
        Assert.Equal("-2", await admin.InputValueAsync("#time-value"));

        // Not a number at all: the page says so and the service is not called.
        await admin.FillAsync("#time-value", "ba ngày");
        await admin.FillAsync("#paper-name-1", "Giấy chứng sinh");
        refused = await admin.RunAndWaitForResponseAsync(() => admin.ClickAsync("#save-procedure"), r => r.Request.Method == "POST");
        Assert.Equal(422, refused.Status);
        Assert.Contains("Nhập số", await admin.InnerTextAsync("#timeValue-error"));
        Assert.Equal(before, (await GetAsync(api, $"/api/v1/onestop/procedures/{BirthProcedure}")).GetRawText());

        // The counter officer reads the catalogue but gets no edit link, no form, and a 403 for a forged post.
        var counter = await SignInAsync("motcua.hacthanh", Commune);
        Assert.Null(await counter.QuerySelectorAsync("#nav-procedures"));
        await counter.GotoAsync($"{Platform.BaseUrl}/t/{Commune}/onestop/procedures");
        Assert.Contains("Đăng ký khai sinh", await counter.InnerTextAsync($"#procedures tr[data-code='{BirthProcedure}']"));
        Assert.Null(await counter.QuerySelectorAsync("#procedures a.edit-link"));
        var editUrl = $"{Platform.BaseUrl}/t/{Commune}/onestop/procedures/{LocalProcedure}";
        var page = await counter.GotoAsync(editUrl);
        Assert.Equal(403, page!.Status);
        Assert.Null(await counter.QuerySelectorAsync("#procedure-form"));

        var localBefore = (await GetAsync(api, $"/api/v1/onestop/procedures/{LocalProcedure}")).GetRawText();
        var form = counter.Context.APIRequest.CreateFormData();
        form.Set("__RequestVerificationToken", await counter.GetAttributeAsync("input[name='__RequestVerificationToken'] >> nth=0", "value") ?? "");
        form.Set("name", "Đổi tên trái phép");
        form.Set("timeUnit", "days");
        form.Set("timeValue", "1");
        form.Set("papers[0].code", "to-khai");
        form.Set("papers[0].name", "Tờ khai");
        var post = await counter.Context.APIRequest.PostAsync(editUrl, new APIRequestContextOptions { Form = form, MaxRedirects = 0 });
        Assert.Equal(403, post.Status);
        Assert.Equal(localBefore, (await GetAsync(api, $"/api/v1/onestop/procedures/{LocalProcedure}")).GetRawText());
    }

    [Fact]
    public async Task Platform_admin_drafts_next_year_from_the_lunar_calendar_adds_a_make_up_day_and_confirms()
    {
        var admin = await SignInPlatformAdminAsync();
        await admin.GotoAsync($"{Platform.BaseUrl}/platform/calendar");
        Assert.NotNull(await admin.QuerySelectorAsync("#nav-platform-calendar"));
        await admin.ClickAsync("#generate-next");
        await admin.WaitForURLAsync($"**/platform/calendar?year={NextYear}");
        Assert.Equal("draft", await admin.GetAttributeAsync("#year-status", "data-status"));
        var tet = admin.Locator("#calendar-days tr[data-kind='holiday'][data-draft='true']", new PageLocatorOptions { HasTextString = "Tết Âm lịch" });
        Assert.True(await tet.CountAsync() >= 5, "the draft holds the Tết days");
        var days = await admin.Locator("#calendar-days tbody tr").CountAsync();

        // A date that does not exist is refused on the page, and nothing is added.
        await admin.FillAsync("#day-date", $"31/02/{NextYear}");
        await admin.FillAsync("#day-name", "Ngày không tồn tại");
        var refused = await admin.RunAndWaitForResponseAsync(() => admin.ClickAsync("#set-day"), r => r.Request.Method == "POST");
        Assert.Equal(422, refused.Status);
        Assert.Contains("dd/MM/yyyy", await admin.InnerTextAsync("#day-date-error"));
        Assert.Equal(days, await admin.Locator("#calendar-days tbody tr").CountAsync());

        var makeUp = FirstSaturdayOfMarch(NextYear);
        await admin.FillAsync("#day-date", Vn(makeUp));
        await admin.SelectOptionAsync("#day-kind", "make-up-working-day");
        await admin.FillAsync("#day-name", "Làm bù cho ngày nghỉ hoán đổi dịp Tết");
        await admin.FillAsync("#day-source", "Thông báo của Bộ Nội vụ (thử nghiệm)");
        await admin.ClickAsync("#set-day");
        await admin.WaitForSelectorAsync($"#calendar-days tr[data-date='{Iso(makeUp)}'][data-kind='make-up-working-day']");

        await admin.ClickAsync("#confirm-year");
        await admin.WaitForSelectorAsync("#year-status[data-status='confirmed']");
        Assert.Equal(0, await admin.Locator("#calendar-days tr[data-draft='true']").CountAsync());
        Assert.Null(await admin.QuerySelectorAsync("#generate-draft"));
        Assert.Null(await admin.QuerySelectorAsync("#confirm-year"));

        using var api = await Platform.ClientForAsync("admin");
        var year = await GetAsync(api, $"/api/v1/platform/onestop/calendar/{NextYear}");
        Assert.Equal("confirmed", year.GetProperty("status").GetString());
        Assert.Contains(year.GetProperty("days").EnumerateArray(),
            d => d.GetProperty("date").GetString() == Iso(makeUp) && d.GetProperty("kind").GetString() == "make-up-working-day");

        var counter = await SignInAsync("motcua.hacthanh", Commune);
        var denied = await counter.GotoAsync($"{Platform.BaseUrl}/platform/calendar");
        Assert.Equal(403, denied!.Status);
    }

    [Fact]
    public async Task Tenant_admin_sets_a_local_day_and_a_counter_officer_cannot()
    {
        var tag = Guid.NewGuid().ToString("N")[..5];
        var day = new DateOnly(NextYear, 8, 20);
        var admin = await SignInAsync("tran.thi.binh", Commune);
        await admin.ClickAsync("#nav-local-calendar");
        await admin.WaitForSelectorAsync("#local-day-form");

        await admin.FillAsync("#day-date", "20-08");
        await admin.FillAsync("#day-name", $"Lễ hội truyền thống {tag}");
        var refused = await admin.RunAndWaitForResponseAsync(() => admin.ClickAsync("#set-local-day"), r => r.Request.Method == "POST");
        Assert.Equal(422, refused.Status);
        Assert.Contains("dd/MM/yyyy", await admin.InnerTextAsync("#day-date-error"));

        await admin.FillAsync("#day-date", Vn(day));
        await admin.SelectOptionAsync("#day-kind", "holiday");
        await admin.ClickAsync("#set-local-day");
        await admin.WaitForURLAsync($"**/onestop/calendar?year={NextYear}");
        Assert.Contains($"Lễ hội truyền thống {tag}", await admin.InnerTextAsync($"#local-days tr[data-date='{Iso(day)}']"));

        var counter = await SignInAsync("motcua.hacthanh", Commune);
        var denied = await counter.GotoAsync($"{Platform.BaseUrl}/t/{Commune}/onestop/calendar");
        Assert.Equal(403, denied!.Status);
    }

    private static DateOnly FirstSaturdayOfMarch(int year)
    {
        var d = new DateOnly(year, 3, 1);
        while (d.DayOfWeek != DayOfWeek.Saturday)
        {
            d = d.AddDays(1);
        }
        return d;
    }

    /// <summary>The platform admin belongs to no tenant, so signs in from the root page.</summary>
    private async Task<IPage> SignInPlatformAdminAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(Platform.BaseUrl + "/");
        await page.ClickAsync("#login-main");
        await page.FillAsync("#username", "admin");
        await page.FillAsync("#password", Tokens.Password);
        await page.ClickAsync("#kc-login");
        await page.WaitForURLAsync(url => url.StartsWith(Platform.BaseUrl, StringComparison.Ordinal));
        await page.WaitForSelectorAsync("#user-name");
        return page;
    }
}

using Microsoft.Playwright;
using Saas.IntegrationTests.Infrastructure;
using static Saas.IntegrationTests.OneStop.OneStopApi;

namespace Saas.IntegrationTests.Browser;

/// <summary>
/// The one-stop shop in the browser, as the citizen and the officers use it: online submission at the commune's
/// public page → the counter accepts and hands over → the commune leader sends it to Sở Nội vụ → the department asks
/// for a supplement → the counter receives it → the department decides with a result file → the counter returns it →
/// the citizen looks it up and rates it.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class OneStopBrowserTests(PlatformFixture platform) : BrowserTestBase(platform)
{
    [Fact]
    public async Task Citizen_submits_online_and_the_application_travels_across_two_tenants_back_to_a_rating()
    {
        var name = $"Lê Văn Tuất {Guid.NewGuid().ToString("N")[..5]}";
        var citizen = await (await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "vi-VN" })).NewPageAsync();
        await citizen.GotoAsync($"{Platform.BaseUrl}/dich-vu-cong/{Commune}");
        await citizen.SelectOptionAsync("#procedure", LinkedProcedure);
        await citizen.WaitForSelectorAsync("#submit-form");

        // A malformed phone number is answered on the page, and nothing is registered.
        await FillApplicantAsync(citizen, name, phone: "12345");
        await citizen.ClickAsync("#submit");
        await citizen.WaitForSelectorAsync("#error-summary");
        Assert.Contains("điện thoại", await citizen.InnerTextAsync("#submit-form"), StringComparison.OrdinalIgnoreCase);
        Assert.Null(await citizen.QuerySelectorAsync("#submitted-code"));

        await FillApplicantAsync(citizen, name, phone: "0912345678");
        await citizen.ClickAsync("#submit");
        var code = (await (await citizen.WaitForSelectorAsync("#submitted-code"))!.InnerTextAsync()).Trim();
        Assert.Matches(@"^[0-9A-Z.]+-\d{6}-\d{4}$", code);

        var counter = await SignInAsync("motcua.hacthanh", Commune);
        await counter.GotoAsync($"{Platform.BaseUrl}/t/{Commune}/onestop?view=queue");
        await counter.ClickAsync($"#applications tr[data-code='{code}'] a.app-link");
        await counter.ClickAsync("#accept");
        await counter.WaitForSelectorAsync("h1 [data-status='2']");
        Assert.NotNull(await counter.QuerySelectorAsync("#form-01"));
        await counter.ClickAsync("#forward");
        await counter.WaitForSelectorAsync("h1 [data-status='4']");
        var originUrl = counter.Url;

        var leader = await SignInAsync("lanhdao.hacthanh", Commune);
        await leader.GotoAsync(originUrl);
        await leader.FillAsync("#forward-note", "Đề nghị Sở Nội vụ thẩm định");
        await leader.ClickAsync("#forward");
        await leader.WaitForSelectorAsync("#current-step:has-text('Đang ở đơn vị khác')");

        var specialist = await SignInAsync("tran.thi.binh", Department);
        await OpenWhenDeliveredAsync(specialist, Department, code, "4");
        var copyUrl = specialist.Url;
        Assert.DoesNotContain(originUrl, copyUrl);
        Assert.Equal(2, await specialist.Locator("#app-files tbody tr").CountAsync());
        await specialist.ClickAsync("summary:has-text('Yêu cầu bổ sung')");
        await specialist.FillAsync("#supplement-reason", "Bổ sung bản sao giấy chứng tử có chứng thực");
        await specialist.ClickAsync("#request-supplement");
        await specialist.WaitForSelectorAsync("h1 [data-status='5']");

        // The commune's counter sees the request, takes the paper from the citizen, and the clock runs again.
        await ReloadUntilAsync(counter, "h1 [data-status='5']");
        Assert.Contains("Bổ sung bản sao giấy chứng tử", await counter.InnerTextAsync("#reason-text"));
        await counter.SetInputFilesAsync("#supplement-files", new FilePayload { Name = "bo-sung.pdf", MimeType = "application/pdf", Buffer = DocumentApi.Pdf("bo-sung") });
        await counter.ClickAsync("#complete-supplement");
        await counter.WaitForSelectorAsync("h1 [data-status='4']");

        // Another tenant's officer cannot open the department's copy, whatever the id.
        var refused = await counter.GotoAsync(copyUrl.Replace($"/t/{Department}/", $"/t/{Commune}/", StringComparison.Ordinal));
        Assert.Equal(404, refused!.Status);

        await ReloadUntilAsync(specialist, "h1 [data-status='4']");
        await specialist.ClickAsync("#forward");
        await specialist.WaitForSelectorAsync("#current-step:has-text('Quyết định')");

        var director = await SignInAsync("admin.snv", Department);
        await director.GotoAsync(copyUrl);
        await director.SetInputFilesAsync("#result-files", new FilePayload { Name = "quyet-dinh-tro-cap.pdf", MimeType = "application/pdf", Buffer = DocumentApi.Pdf("quyet-dinh") });
        await director.FillAsync("#complete-note", "Đã ban hành quyết định trợ cấp");
        await director.ClickAsync("#complete");
        await director.WaitForSelectorAsync("#current-step:has-text('Đang ở đơn vị khác')");

        await counter.GotoAsync(originUrl);
        await ReloadUntilAsync(counter, "h1 [data-status='9']");
        Assert.Equal(1, await counter.Locator("#app-files tr[data-purpose='result']").CountAsync());
        Assert.Contains("Sở Nội vụ", await counter.InnerTextAsync("#handovers"));
        await counter.ClickAsync("#return-result");
        await counter.WaitForSelectorAsync("h1 [data-status='10']");
        Assert.Contains(name, await counter.InnerTextAsync("#returned-to"));

        await citizen.GotoAsync($"{Platform.BaseUrl}/tra-cuu?code={Uri.EscapeDataString(code)}");
        await citizen.FillAsync("#factor", "0999999999");
        await citizen.ClickAsync("#lookup");
        await citizen.WaitForSelectorAsync("#not-found");
        await citizen.FillAsync("#factor", "038095001234");
        await citizen.ClickAsync("#lookup");
        await citizen.WaitForSelectorAsync("#public-status[data-status='10']");
        Assert.Contains("Yêu cầu bổ sung giấy tờ", await citizen.InnerTextAsync("#public-history"));
        await citizen.SelectOptionAsync("#score-overall", "5");
        await citizen.SelectOptionAsync("#score-timeliness", "4");
        await citizen.ClickAsync("#rate");
        await citizen.WaitForSelectorAsync("#thanks");
        Assert.Null(await citizen.QuerySelectorAsync("#rating-form"));
    }

    [Fact]
    public async Task Counter_receives_at_the_desk_and_missing_papers_are_refused_with_nothing_stored()
    {
        var counter = await SignInAsync("motcua.hacthanh", Commune);
        await counter.GotoAsync($"{Platform.BaseUrl}/t/{Commune}/onestop/receive?procedure={LocalProcedure}");
        var name = $"Phạm Thị Lan {Guid.NewGuid().ToString("N")[..5]}";
        await counter.FillAsync("#name", name);
        await counter.FillAsync("#idNumber", "038095007777");
        await counter.FillAsync("#phone", "0987654321");
        await counter.ClickAsync("#receive");
        await counter.WaitForSelectorAsync("#papers-error:has-text('Thiếu giấy tờ')");
        var guidance = await counter.RunAndWaitForPopupAsync(() => counter.ClickAsync("#guidance"));
        await guidance.WaitForLoadStateAsync();
        var guidanceText = await guidance.InnerTextAsync("body");
        Assert.Contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", guidanceText);
        Assert.Contains("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", guidanceText);

        using var api = await Platform.ClientForAsync("motcua.hacthanh", Commune);
        var before = await GetAsync(api, $"/api/v1/onestop/applications?q={Uri.EscapeDataString(name)}");
        Assert.Equal(0, before.GetProperty("items").GetArrayLength());

        foreach (var box in await counter.Locator("#receive-form input[name='papers']").AllAsync())
        {
            await box.CheckAsync();
        }
        await counter.ClickAsync("#receive");
        await counter.WaitForSelectorAsync("h1 [data-status='2']");
        Assert.Contains(name, await counter.InnerTextAsync("#applicant"));
        var receipt = await counter.Context.APIRequest.GetAsync(await counter.GetAttributeAsync("#form-01", "href") is { } href ? Platform.BaseUrl + href : "");
        Assert.Contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", await receipt.TextAsync());
        var pdfResponse = await counter.Context.APIRequest.GetAsync(Platform.BaseUrl + await counter.GetAttributeAsync("#form-01-pdf", "href"));
        Assert.Equal("application/pdf", pdfResponse.Headers["content-type"]);
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(await pdfResponse.BodyAsync()))
        {
            var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
            Assert.Contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", text.Replace("  ", " "));
            Assert.Contains(name.Replace(" ", ""), text.Replace(" ", ""));
        }

        await counter.GotoAsync($"{Platform.BaseUrl}/t/{Commune}/onestop/tracking-book");
        Assert.Contains(name, await counter.InnerTextAsync("#tracking-book"));
    }

    private static async Task FillApplicantAsync(IPage page, string name, string phone)
    {
        await page.SetInputFilesAsync("#paper-to-khai", new FilePayload { Name = "to-khai.pdf", MimeType = "application/pdf", Buffer = DocumentApi.Pdf("to-khai") });
        await page.SetInputFilesAsync("#paper-giay-bao-tu", new FilePayload { Name = "giay-bao-tu.pdf", MimeType = "application/pdf", Buffer = DocumentApi.Pdf("bao-tu") });
        await page.FillAsync("#name", name);
        await page.FillAsync("#idNumber", "038095001234");
        await page.FillAsync("#phone", phone);
        await page.FillAsync("#address", "Phường Hạc Thành, tỉnh Thanh Hóa");
    }

    /// <summary>The department's copy arrives through the outbox: search for it until it is there, then open it.</summary>
    private async Task OpenWhenDeliveredAsync(IPage page, string tenant, string code, string status)
    {
        var row = $"#applications tr[data-code='{code}'] [data-status='{status}']";
        for (var i = 0; i < 60; i++)
        {
            await page.GotoAsync($"{Platform.BaseUrl}/t/{tenant}/onestop?view=all&q={Uri.EscapeDataString(code)}");
            if (await page.QuerySelectorAsync(row) is not null)
            {
                await page.ClickAsync($"#applications tr[data-code='{code}'] a.app-link");
                await page.WaitForSelectorAsync("#app-code");
                return;
            }
            await Task.Delay(500);
        }
        Assert.Fail($"{code} never reached {tenant} in status {status}");
    }

    private static async Task ReloadUntilAsync(IPage page, string selector)
    {
        for (var i = 0; i < 60; i++)
        {
            if (await page.QuerySelectorAsync(selector) is not null)
            {
                return;
            }
            await Task.Delay(500);
            await page.ReloadAsync();
        }
        Assert.Fail($"{selector} never appeared on {page.Url}");
    }
}

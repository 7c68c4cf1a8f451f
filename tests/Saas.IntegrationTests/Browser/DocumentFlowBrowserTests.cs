using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Browser;

/// <summary>
/// The whole path of a công văn through the web UI, each person in their own browser: Sở Nội vụ drafts, approves,
/// signs and issues it to Sở Tài chính; there the clerk finds it in the reception queue and registers it, the
/// leader assigns it, and back in Sở Nội vụ the recipient row shows edXML status 04 (Đã phân công).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class DocumentFlowBrowserTests(PlatformFixture platform) : BrowserTestBase(platform)
{
    private const string TenantA = "so-noi-vu";
    private const string TenantB = "so-tai-chinh";

    /// <summary>Clicks a submit button and waits for what the next page must show; on failure reports the page's errors.</summary>
    private static async Task SubmitAndWaitAsync(IPage page, string button, string expected)
    {
        await page.ClickAsync(button);
        try
        {
            await page.WaitForSelectorAsync(expected, new PageWaitForSelectorOptions { Timeout = 20_000 });
        }
        catch (TimeoutException)
        {
            var errors = await page.EvalOnSelectorAllAsync<string[]>(".error-summary, .field-error, .warning", "els => els.map(e => e.textContent.trim()).filter(t => t)");
            throw new Xunit.Sdk.XunitException($"after {button} expected {expected} on {page.Url}; page says: {string.Join(" | ", errors)}");
        }
    }

    /// <summary>Delivery and status reports travel through the outbox: reload until the condition holds.</summary>
    private static async Task ReloadUntilAsync(IPage page, string url, Func<Task<bool>> condition, string what, int seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            await page.GotoAsync(url);
            if (await condition())
            {
                return;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"timed out waiting for {what} on {url}");
            }
            await Task.Delay(500);
        }
    }

    [Fact]
    public async Task Cong_van_goes_from_draft_to_assignment_at_the_recipient_through_the_web_ui()
    {
        // Nobody in Sở Nội vụ is a head of division: the leader alone approves công văn.
        using (var leaderApi = await Platform.ClientForAsync("admin.snv"))
        using (var put = await leaderApi.PutAsync("/api/v1/approval-routes/CV", System.Net.Http.Json.JsonContent.Create(new { steps = new[] { "leader" } })))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }
        var notation = await Platform.ScalarAsync<string>($"select notation from platform.tenants where slug = '{TenantA}'");
        Assert.False(string.IsNullOrWhiteSpace(notation));
        var recipientName = await Platform.ScalarAsync<string>($"select name from platform.tenants where slug = '{TenantB}'");
        var subject = $"Về việc thử nghiệm giao diện văn bản điện tử {Guid.NewGuid():N}";

        // 1. The specialist drafts a công văn with a small PDF and submits it.
        var drafter = await SignInAsync("tran.thi.binh", TenantA);
        await drafter.GotoAsync($"{Platform.BaseUrl}/t/{TenantA}/documents/outgoing/new");
        await drafter.SelectOptionAsync("#documentTypeCode", "CV");
        await drafter.FillAsync("#subject", subject);
        await drafter.FillAsync("#draftingUnit", "VP");
        await drafter.FillAsync("#pageCount", "2");
        await drafter.SetInputFilesAsync("#files", new FilePayload { Name = "du-thao.pdf", MimeType = "application/pdf", Buffer = DocumentApi.Pdf(subject) });
        await drafter.ClickAsync("#draft-submit");
        await drafter.WaitForURLAsync(new Regex($"/t/{TenantA}/documents/outgoing/[0-9a-f-]{{36}}$"));
        var outgoingUrl = drafter.Url;
        Assert.Contains("du-thao.pdf", await drafter.TextContentAsync("#versions"));
        Assert.Equal(new[] { "leader" }, await drafter.EvalOnSelectorAllAsync<string[]>("#approval-route li", "els => els.map(e => e.dataset.role)"));
        await SubmitAndWaitAsync(drafter, "#submit-draft", "#doc-status[data-status='in-review']");

        // 2. The leader approves, then signs for the director (KT.).
        var leaderA = await SignInAsync("admin.snv", TenantA);
        await leaderA.GotoAsync(outgoingUrl);
        await leaderA.FillAsync("#review-note", "Đồng ý");
        await SubmitAndWaitAsync(leaderA, "#approve-submit", "#doc-status[data-status='approved']");
        await leaderA.SelectOptionAsync("#signingAuthority", "KT.");
        await leaderA.FillAsync("#signerName", "Hoàng Thị Lan");
        await leaderA.FillAsync("#signerPosition", "Phó Giám đốc Sở");
        await SubmitAndWaitAsync(leaderA, "#sign-submit", "#doc-status[data-status='signed']");
        Assert.Contains("KT. Phó Giám đốc Sở Hoàng Thị Lan", await leaderA.TextContentAsync("#signer"));

        // 3. The clerk numbers it in VBDI and sends it to Sở Tài chính over the platform and to one outside recipient.
        var clerkA = await SignInAsync("vanthu.snv", TenantA);
        await clerkA.GotoAsync(outgoingUrl);
        await clerkA.SelectOptionAsync("#registerCode", "VBDI");
        await clerkA.SelectOptionAsync("#platform-recipients", TenantB);
        await clerkA.FillAsync("#external-recipients", "Bộ Nội vụ");
        await SubmitAndWaitAsync(clerkA, "#issue-submit", "#doc-status[data-status='issued']");
        var number = (await clerkA.TextContentAsync("#number-notation"))?.Trim() ?? "";
        Assert.Matches($@"^\d{{2,}}/{Regex.Escape(notation!.ToUpperInvariant())}-VP$", number);
        Assert.NotNull(await clerkA.QuerySelectorAsync("tr[data-recipient='Bộ Nội vụ']"));
        Assert.NotNull(await clerkA.QuerySelectorAsync($"tr[data-recipient='{recipientName}']"));

        // 4. In Sở Tài chính the clerk finds it in the reception queue (delivery is asynchronous) and registers it.
        var clerkB = await SignInAsync("vanthu.stc", TenantB);
        var queue = $"{Platform.BaseUrl}/t/{TenantB}/documents/incoming?status=received&q={Uri.EscapeDataString(subject)}";
        var row = clerkB.Locator("#incoming-list tbody tr", new PageLocatorOptions { HasText = subject });
        await ReloadUntilAsync(clerkB, queue, async () => await row.CountAsync() > 0, "delivery to Sở Tài chính");
        Assert.Contains(number, await row.First.TextContentAsync());
        await row.First.Locator("a").First.ClickAsync();
        await clerkB.WaitForURLAsync(new Regex($"/t/{TenantB}/documents/incoming/[0-9a-f-]{{36}}$"));
        var incomingUrl = clerkB.Url;
        Assert.Equal(number, (await clerkB.TextContentAsync("#number-notation"))?.Trim());
        Assert.Contains("du-thao.pdf", await clerkB.TextContentAsync("#attachments"));
        await clerkB.SelectOptionAsync("#registerCode", "VBDEN");
        await SubmitAndWaitAsync(clerkB, "#register-submit", "#doc-status[data-status='registered']");
        Assert.Matches(@"^\d+/\d{4}$", (await clerkB.TextContentAsync("#arrival-number"))?.Trim() ?? "");

        // 5. The leader of Sở Tài chính assigns it to himself as lead, with a deadline in the future.
        var leaderB = await SignInAsync("admin.stc", TenantB);
        await leaderB.GotoAsync(incomingUrl);
        var me = await leaderB.GetAttributeAsync("#assign-lead option[data-username='admin.stc']", "value");
        Assert.False(string.IsNullOrEmpty(me));
        await leaderB.SelectOptionAsync("#assign-lead", me!);
        var deadline = DateTime.UtcNow.AddHours(7).AddDays(5).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        await leaderB.FillAsync("#assign-deadline", deadline);
        await leaderB.FillAsync("#assign-note", "Giao Phòng Tin học nghiên cứu, tham mưu");
        await SubmitAndWaitAsync(leaderB, "#assign-submit", "#doc-status[data-status='in-progress']");
        Assert.NotNull(await leaderB.QuerySelectorAsync("#assignments tr[data-role='lead']"));
        Assert.Equal(deadline, (await leaderB.TextContentAsync("#processing-deadline"))?.Trim());
        await leaderB.GotoAsync($"{Platform.BaseUrl}/t/{TenantB}/my-work");
        Assert.Contains(subject, await leaderB.TextContentAsync("#my-work"));

        // 6. Back in Sở Nội vụ the recipient row reports 04 – Đã phân công.
        var statusCell = clerkA.Locator($"tr[data-recipient='{recipientName}'] td.status-code");
        await ReloadUntilAsync(clerkA, outgoingUrl, async () => (await statusCell.TextContentAsync())?.Trim() == "04", "status 04 at the sender");
        Assert.Contains("Đã phân công", await clerkA.TextContentAsync($"tr[data-recipient='{recipientName}']"));
    }
}

using System.Net;
using System.Net.Http.Json;
using Saas.IntegrationTests.Infrastructure;
using static Saas.IntegrationTests.OneStop.OneStopApi;

namespace Saas.IntegrationTests.Browser;

/// <summary>
/// The page form of If-Match: an officer edits a procedure while a colleague saves another change to it; her save does
/// not overwrite the colleague's, the page comes back with the newest content and says why.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class StaleEditBrowserTests(PlatformFixture platform) : BrowserTestBase(platform)
{
    private const string Procedure = "2.000884"; // used by no other test

    [Fact]
    public async Task A_stale_form_shows_the_someone_changed_it_message_and_keeps_the_other_edit()
    {
        var admin = await SignInAsync("tran.thi.binh", Commune);
        await admin.GotoAsync($"{Platform.BaseUrl}/t/{Commune}/onestop/procedures/{Procedure}");
        await admin.WaitForSelectorAsync("#procedure-form input[name='row-version']", new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });

        // Meanwhile a colleague saves a change through the API.
        var colleagues = $"Đồng nghiệp sửa {Guid.NewGuid():N}"[..28];
        using (var api = await Platform.ClientForAsync("tran.thi.binh", Commune))
        using (var put = await api.PutAsJsonAsync($"/api/v1/onestop/procedures/{Procedure}", new { fee = colleagues }))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        await admin.FillAsync("#fee", "Bản sửa cũ");
        await admin.ClickAsync("#save-procedure");
        var flash = await admin.WaitForSelectorAsync("p.flash");
        Assert.Contains("Người khác đã thay đổi mục này trong lúc bạn sửa", await flash!.InnerTextAsync());
        // The page shows the newest content, and that content is what is stored.
        Assert.Equal(colleagues, await admin.InputValueAsync("#fee"));
        using var check = await Platform.ClientForAsync("tran.thi.binh", Commune);
        Assert.Equal(colleagues, (await GetAsync(check, $"/api/v1/onestop/procedures/{Procedure}")).GetProperty("fee").GetString());

        // Saving again from the reloaded page (its version is current) goes through.
        await admin.FillAsync("#fee", "Bản sửa mới");
        await admin.ClickAsync("#save-procedure");
        await admin.WaitForSelectorAsync($"#procedures tr[data-code='{Procedure}']");
        Assert.Equal("Bản sửa mới", (await GetAsync(check, $"/api/v1/onestop/procedures/{Procedure}")).GetProperty("fee").GetString());
    }
}

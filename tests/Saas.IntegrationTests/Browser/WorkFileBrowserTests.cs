using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Browser;

/// <summary>Hồ sơ công việc in the browser: open → attach documents → close → deposit.</summary>
[Collection(PlatformCollection.Name)]
public sealed class WorkFileBrowserTests(PlatformFixture platform) : BrowserTestBase(platform)
{
    [Fact]
    public async Task Leader_opens_fills_and_closes_a_file_and_the_clerk_deposits_it()
    {
        using var clerkApi = await Platform.ClientForAsync("vanthu.ubnd");
        var tag = Guid.NewGuid().ToString("N")[..6];
        foreach (var subject in new[] { $"Tờ trình về kế hoạch số hóa {tag}", $"Báo cáo tiến độ số hóa {tag}" })
        {
            var doc = await DocumentApi.CreateIncomingAsync(clerkApi, subject, $"51/UBND-{Guid.NewGuid():N}"[..18]);
            await DocumentApi.PostJsonAsync(clerkApi, $"/api/v1/incoming-documents/{doc.GetProperty("id").GetString()}/register", new { registerCode = "VBDEN" });
        }

        var leader = await SignInAsync("lanhdao.ubnd", "ubnd-tinh");
        await leader.GotoAsync($"{Platform.BaseUrl}/t/ubnd-tinh/workfiles");
        await leader.FillAsync("#code", $"09.VP-{tag}");
        await leader.FillAsync("#title", $"Hồ sơ số hóa tài liệu {tag}");
        await leader.FillAsync("#retention", "10");
        await leader.ClickAsync("#open-file");
        await leader.WaitForSelectorAsync("#file-title");
        Assert.Equal("Đang mở", (await leader.TextContentAsync("#file-status"))?.Trim());

        await leader.FillAsync("#candidate-search", $"so hoa {tag}");
        await leader.PressAsync("#candidate-search", "Enter");
        await leader.WaitForSelectorAsync("#candidates [data-attach]");
        for (var i = 0; i < 2; i++)
        {
            await leader.ClickAsync("#candidates [data-attach] >> nth=0");
            await leader.WaitForSelectorAsync($"#file-documents tbody tr >> nth={i}");
            await leader.FillAsync("#candidate-search", $"so hoa {tag}");
            await leader.PressAsync("#candidate-search", "Enter");
            await leader.WaitForLoadStateAsync();
        }
        Assert.Equal(2, await leader.Locator("#file-documents tbody tr").CountAsync());

        await leader.ClickAsync("#close-file");
        await leader.WaitForSelectorAsync("#export-file");
        Assert.Equal("Đã kết thúc", (await leader.TextContentAsync("#file-status"))?.Trim());
        Assert.Equal("2", (await leader.TextContentAsync("#doc-count"))?.Trim());
        Assert.Null(await leader.QuerySelectorAsync("#close-file"));
        var fileUrl = leader.Url;

        var clerk = await SignInAsync("vanthu.ubnd", "ubnd-tinh");
        await clerk.GotoAsync(fileUrl);
        await clerk.ClickAsync("#deposit-file");
        await clerk.WaitForSelectorAsync("#file-status:has-text('Đã nộp lưu')");
        Assert.Null(await clerk.QuerySelectorAsync("#deposit-file"));
    }

    [Fact]
    public async Task Tenant_admin_sets_the_approval_route_of_a_document_type()
    {
        var admin = await SignInAsync("admin.snv", "so-noi-vu");
        await admin.GotoAsync($"{Platform.BaseUrl}/t/so-noi-vu/documents/approval-routes");
        await admin.SelectOptionAsync("#typeCode", "TB");
        await admin.SelectOptionAsync("#step0", "leader");
        await admin.SelectOptionAsync("#step1", "");
        await admin.ClickAsync("#save-route");
        await admin.WaitForSelectorAsync("#routes td:has-text('Thông báo')");
        using var api = await Platform.ClientForAsync("admin.snv");
        var routes = await (await api.GetAsync("/api/v1/approval-routes")).ReadAsync();
        var tb = routes.EnumerateArray().Single(r => r.GetProperty("documentTypeCode").GetString() == "TB");
        Assert.Equal(["leader"], tb.GetProperty("steps").EnumerateArray().Select(x => x.GetString()));

        var clerk = await SignInAsync("vanthu.snv", "so-noi-vu");
        var refused = await clerk.GotoAsync($"{Platform.BaseUrl}/t/so-noi-vu/documents/approval-routes");
        Assert.Equal(403, refused!.Status);
    }
}

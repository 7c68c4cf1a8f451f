using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Browser;

/// <summary>A platform admin starts a roll-up from the job page and reads its outcome; a tenant user may not.</summary>
[Collection(PlatformCollection.Name)]
public sealed class JobsBrowserTests(PlatformFixture platform) : BrowserTestBase(platform)
{
    [Fact]
    public async Task Platform_admin_runs_the_incremental_roll_up_from_the_job_page()
    {
        var admin = await SignInAsync("admin");
        await admin.GotoAsync($"{Platform.BaseUrl}/platform/jobs");
        await admin.ClickAsync("#rollup-incremental");
        var flash = await admin.WaitForSelectorAsync(".flash");
        Assert.Contains("Tổng hợp incremental", await flash!.InnerTextAsync());

        var clerk = await SignInAsync("vanthu.ubnd", "ubnd-tinh");
        var refused = await clerk.GotoAsync($"{Platform.BaseUrl}/platform/jobs");
        Assert.Equal(403, refused!.Status);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Saas.IntegrationTests.Infrastructure;
using static Saas.IntegrationTests.OneStop.OneStopApi;

namespace Saas.IntegrationTests.OneStop;

/// <summary>
/// The anonymous one-stop surface is rate-limited per client: past the allowance a look-up or a submission, through
/// the API or the public pages, is answered 429 with Retry-After, and nothing is stored.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class PublicRateLimitTests(PlatformFixture platform)
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [Fact]
    public async Task Past_the_allowance_lookups_and_submissions_are_refused_with_429()
    {
        await using var host = await HostProcess.StartAsync("rate-limit", 18151,
            [.. TestEnvironment.HostArgs(PlatformFixture.Database), "--Scheduling:Enabled", "false",
             "--OneStop:PublicLimits:LookupsPerMinute", "3", "--OneStop:PublicLimits:SubmissionsPerMinute", "2"]);
        // The budget is shared through Redis by every host of the run, and other tests look up from 127.0.0.1: this
        // citizen comes from an address of its own.
        using var citizen = Saas.IntegrationTests.Edge.EdgeClient.Through(host.BaseUrl, "127.0.0.9", new CookieContainer());

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await citizen.PostAsJsonAsync("/api/v1/public/onestop/lookup", new { code = "H56.X000000-261129-0001", factor = "0912345678" });
            Assert.Equal(HttpStatusCode.NotFound, allowed.StatusCode);
        }
        using (var refused = await citizen.PostAsJsonAsync("/api/v1/public/onestop/lookup", new { code = "H56.X000000-261129-0001", factor = "0912345678" }))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Equal("60", refused.Headers.RetryAfter?.ToString());
            Assert.Contains("rate-limited", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The look-up page shares the allowance.
        var form = await citizen.GetStringAsync("/tra-cuu");
        var token = AntiforgeryField().Match(form).Groups[1].Value;
        using (var page = await citizen.PostAsync("/tra-cuu", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["code"] = "H56.X000000-261129-0001",
            ["factor"] = "0912345678",
            ["__RequestVerificationToken"] = token,
        })))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
            Assert.Contains("Quá nhiều yêu cầu", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var before = await platform.ScalarAsync<long>("select count(*) from onestop.applications", "superuser");
        for (var i = 0; i < 2; i++)
        {
            using var invalid = await citizen.PostAsync($"/api/v1/public/onestop/{Commune}/applications",
                DocumentApi.Form(new Dictionary<string, string?> { ["procedureCode"] = LinkedProcedure, ["name"] = "Nguyễn Văn Bình" }));
            Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        }
        using (var refused = await citizen.PostAsync($"/api/v1/public/onestop/{Commune}/applications", DocumentApi.Form(Applicant(LinkedProcedure), LinkedPapers())))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        }
        Assert.Equal(before, await platform.ScalarAsync<long>("select count(*) from onestop.applications", "superuser"));
    }
}

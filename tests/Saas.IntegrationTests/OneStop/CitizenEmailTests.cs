using System.Net;
using Saas.IntegrationTests.Infrastructure;
using static Saas.IntegrationTests.OneStop.OneStopApi;

namespace Saas.IntegrationTests.OneStop;

/// <summary>A host with an SMTP server configured e-mails the citizen when their application is received.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CitizenEmailTests(PlatformFixture platform)
{
    [Fact]
    public async Task The_citizen_who_gave_an_email_address_is_told_by_email()
    {
        _ = platform;
        await using var smtp = new FakeSmtpServer();
        await using var host = await HostProcess.StartAsync("citizen-mail", 18141,
            [.. TestEnvironment.HostArgs(PlatformFixture.Database), "--Scheduling:Enabled", "false", "--Smtp:Host", "127.0.0.1", "--Smtp:Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        using var counter = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        counter.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await Tokens.ForAsync("motcua.hacthanh"));
        counter.DefaultRequestHeaders.Add("X-Tenant", Commune);
        var fields = Applicant(LocalProcedure, "Hoàng Thị Thư");
        fields["email"] = "hoang.thi.thu@example.vn";
        fields["papers"] = "to-khai";
        string code;
        using (var response = await counter.PostAsync("/api/v1/onestop/applications", DocumentApi.Form(fields)))
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            code = (await response.ReadAsync()).GetProperty("code").GetString()!;
        }

        for (var i = 0; i < 50 && !smtp.Messages.Any(m => m.To == "hoang.thi.thu@example.vn"); i++)
        {
            await Task.Delay(100);
        }
        var mail = Assert.Single(smtp.Messages, m => m.To == "hoang.thi.thu@example.vn");
        Assert.Contains(code, mail.Data, StringComparison.Ordinal);
    }
}

using System.Net;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Operations;

/// <summary>
/// PostgreSQL goes away for one host (its connections run through a relay that is stopped; the shared test server
/// stays up for the other tests): requests answer 503 with Retry-After and a bilingual problem, a browser gets the
/// Vietnamese page, and the host serves again once the database is back.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class DatabaseOutageTests
{
    [Fact]
    public async Task Requests_answer_503_with_retry_after_while_postgresql_is_unreachable()
    {
        const int relayPort = 56601;
        await using var relay = new TcpRelay(relayPort, TestEnvironment.PgPort);
        relay.Start();
        var args = TestEnvironment.HostArgs(PlatformFixture.Database)
            .Select(a => a.Replace($"Port={TestEnvironment.PgPort};", $"Port={relayPort};", StringComparison.Ordinal)).ToList();
        await using var host = await HostProcess.StartAsync("db-outage", 18181, [.. args, "--Scheduling:Enabled", "false"]);
        using var client = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", await Tokens.ForAsync("vanthu.snv"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/incoming-documents")).StatusCode);

        await relay.StopAsync();

        using (var response = await client.GetAsync("/api/v1/incoming-documents"))
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode}: {body}");
            Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = System.Text.Json.JsonDocument.Parse(body).RootElement;
            Assert.Equal("https://saas.thanhhoa.gov.vn/problems/database-unavailable", problem.GetProperty("type").GetString());
            Assert.Equal(503, problem.GetProperty("status").GetInt32());
            Assert.Equal("Cơ sở dữ liệu tạm thời không sẵn sàng / Database temporarily unavailable", problem.GetProperty("title").GetString());
        }

        using (var page = new HttpRequestMessage(HttpMethod.Get, "/documents/incoming"))
        {
            page.Headers.Accept.ParseAdd("text/html");
            using var response = await client.SendAsync(page);
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode}: {html}");
            Assert.NotNull(response.Headers.RetryAfter);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Cơ sở dữ liệu tạm thời không sẵn sàng", html, StringComparison.Ordinal);
        }

        relay.Start();
        var back = HttpStatusCode.ServiceUnavailable;
        for (var i = 0; i < 20 && back != HttpStatusCode.OK; i++)
        {
            await Task.Delay(500);
            back = (await client.GetAsync("/api/v1/incoming-documents")).StatusCode;
        }
        Assert.Equal(HttpStatusCode.OK, back);
    }
}

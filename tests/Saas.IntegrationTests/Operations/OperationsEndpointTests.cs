using System.Net;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Operations;

[Collection(PlatformCollection.Name)]
public sealed class OperationsEndpointTests(PlatformFixture platform)
{
    [Fact]
    public async Task Readiness_reports_postgresql_redis_and_the_identity_server()
    {
        using var client = platform.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await (await client.GetAsync("/health/ready")).ReadAsync();
        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        foreach (var check in new[] { "postgresql", "redis", "identity-server" })
        {
            Assert.Equal("Healthy", ready.GetProperty("checks").GetProperty(check).GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task OpenApi_document_and_reference_page_are_served()
    {
        using var client = platform.Anonymous();
        var doc = await (await client.GetAsync("/openapi/v1.json")).ReadAsync();
        var paths = doc.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/platform/tenants", out _));
        Assert.True(paths.TryGetProperty("/api/v1/registers", out _));
        using var page = await client.GetAsync("/api-docs");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Unknown_api_route_is_a_problem_response()
    {
        using var client = await platform.ClientForAsync("vanthu.snv");
        using var response = await client.GetAsync("/api/v1/khong-co");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Prometheus_metrics_are_exposed()
    {
        using var client = platform.Anonymous();
        await client.GetAsync("/health/live");
        var text = await client.GetStringAsync("/metrics");
        Assert.Contains("http_server_request_duration", text);
    }
}

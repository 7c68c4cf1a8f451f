using System.Text.Json;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Statistics;

/// <summary>Every statistics operation describes its success body in the OpenAPI document (typed results, record DTOs).</summary>
[Collection(PlatformCollection.Name)]
public sealed class StatisticsOpenApiTests(PlatformFixture platform)
{
    private static readonly string[] Prefixes = ["/api/v1/statistics", "/api/v1/province-statistics", "/api/v1/platform/statistics"];
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    [Fact]
    public async Task Every_statistics_operation_has_a_2xx_response_with_content()
    {
        using var client = platform.Anonymous();
        var doc = await (await client.GetAsync("/openapi/v1.json")).ReadAsync();
        var operations = 0;
        var missing = new List<string>();
        foreach (var path in doc.GetProperty("paths").EnumerateObject().Where(p => Prefixes.Any(x => p.Name.StartsWith(x, StringComparison.Ordinal))))
        {
            foreach (var op in path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)))
            {
                operations++;
                var success = op.Value.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('2')).ToList();
                var described = success.Any(r => r.Value.TryGetProperty("content", out var content)
                    && content.EnumerateObject().Any(c => c.Value.TryGetProperty("schema", out _)));
                // 204 No Content (revoking a grant) is the one success that has no body to describe.
                if (!described && !(success.Count > 0 && success.All(r => r.Name == "204")))
                {
                    missing.Add($"{op.Name.ToUpperInvariant()} {path.Name}");
                }
            }
        }
        Assert.True(operations >= 20, $"expected the statistics operations in the document, found {operations}");
        Assert.True(missing.Count == 0, "without a described 2xx body: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Excel_downloads_are_described_as_spreadsheets()
    {
        using var client = platform.Anonymous();
        var doc = await (await client.GetAsync("/openapi/v1.json")).ReadAsync();
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/statistics/exports/{id}/file", "/api/v1/province-statistics/reports/{month}.xlsx" })
        {
            var ok = paths.GetProperty(path).GetProperty("get").GetProperty("responses").GetProperty("200");
            Assert.True(ok.GetProperty("content").TryGetProperty("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out JsonElement _), path);
        }
    }
}

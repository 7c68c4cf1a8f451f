using System.Text.Json;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Operations;

/// <summary>
/// Issue 11 item 1: every operation of the API describes its success — a 2xx response, with a body schema unless it is
/// a 204/202 (no body by definition) — so the OpenAPI document is a client's full contract, not a list of routes.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class OpenApiResponsesTests(PlatformFixture platform)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    [Fact]
    public async Task Every_operation_has_a_2xx_response_with_content()
    {
        using var client = platform.Anonymous();
        var doc = await (await client.GetAsync("/openapi/v1.json")).ReadAsync();
        var missing = new List<string>();
        var count = 0;
        foreach (var path in doc.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)))
            {
                count++;
                if (!DescribesSuccess(operation.Value))
                {
                    missing.Add($"{operation.Name.ToUpperInvariant()} {path.Name}");
                }
            }
        }
        Assert.True(count > 0, "the OpenAPI document lists no operation");
        Assert.True(missing.Count == 0,
            $"{missing.Count} of {count} operations have no 2xx response with content:\n  " + string.Join("\n  ", missing.Order(StringComparer.Ordinal)));
    }

    private static bool DescribesSuccess(JsonElement operation)
    {
        if (!operation.TryGetProperty("responses", out var responses))
        {
            return false;
        }
        foreach (var response in responses.EnumerateObject())
        {
            if (response.Name is "204" or "202" || response.Name.StartsWith('3'))
            {
                return true;
            }
            if (response.Name.StartsWith('2') && response.Value.TryGetProperty("content", out var content)
                && content.EnumerateObject().Any(c => c.Value.TryGetProperty("schema", out _)))
            {
                return true;
            }
        }
        return false;
    }
}

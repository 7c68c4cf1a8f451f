using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.OneStop;

/// <summary>
/// Issue 11 item 1: every one-stop operation answers typed results, so the OpenAPI document describes the body of its
/// success — a client generated from it knows what each call returns.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class OneStopOpenApiTests(PlatformFixture platform)
{
    private static readonly string[] Prefixes = ["/api/v1/onestop", "/api/v1/public/onestop", "/api/v1/platform/onestop"];

    [Fact]
    public async Task Every_one_stop_operation_describes_a_success_with_a_body()
    {
        using var client = platform.Anonymous();
        var doc = await (await client.GetAsync("/openapi/v1.json")).ReadAsync();
        var operations = 0;
        var missing = new List<string>();
        foreach (var path in doc.GetProperty("paths").EnumerateObject().Where(p => Prefixes.Any(x => p.Name.StartsWith(x, StringComparison.Ordinal))))
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete"))
            {
                operations++;
                var described = operation.Value.TryGetProperty("responses", out var responses) && responses.EnumerateObject().Any(r =>
                    r.Name.StartsWith('2') && r.Value.TryGetProperty("content", out var content) && content.EnumerateObject().Any());
                if (!described)
                {
                    missing.Add($"{operation.Name.ToUpperInvariant()} {path.Name}");
                }
            }
        }
        Assert.True(operations >= 25, $"only {operations} one-stop operations in the document");
        Assert.True(missing.Count == 0, "Without a 2xx body: " + string.Join(", ", missing));
    }
}

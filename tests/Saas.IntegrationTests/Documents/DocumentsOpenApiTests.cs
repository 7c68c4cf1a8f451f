using System.Text.Json;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Documents;

/// <summary>The documents module's API describes what it answers: every operation has a 2xx response with a body schema.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DocumentsOpenApiTests(PlatformFixture platform)
{
    private static readonly string[] DocumentPaths =
    [
        "/api/v1/incoming-documents", "/api/v1/outgoing-documents", "/api/v1/{kind}-documents", "/api/v1/attachments",
        "/api/v1/registers", "/api/v1/document-types", "/api/v1/approval-routes",
    ];

    [Fact]
    public async Task Every_documents_operation_has_a_2xx_response_with_content()
    {
        using var client = platform.Anonymous();
        using var response = await client.GetAsync("/openapi/v1.json");
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var operations = 0;
        var missing = new List<string>();
        foreach (var path in doc.RootElement.GetProperty("paths").EnumerateObject()
            .Where(p => DocumentPaths.Any(prefix => p.Name == prefix || p.Name.StartsWith(prefix + "/", StringComparison.Ordinal))))
        {
            foreach (var op in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete"))
            {
                operations++;
                var described = op.Value.TryGetProperty("responses", out var responses) && responses.EnumerateObject()
                    .Any(r => r.Name.StartsWith('2') && r.Value.TryGetProperty("content", out var content) && content.EnumerateObject().Any());
                if (!described)
                {
                    missing.Add($"{op.Name.ToUpperInvariant()} {path.Name}");
                }
            }
        }
        Assert.True(operations >= 25, $"only {operations} documents operations in the OpenAPI document");
        Assert.True(missing.Count == 0, "operations without a 2xx body schema:\n" + string.Join('\n', missing));
    }
}

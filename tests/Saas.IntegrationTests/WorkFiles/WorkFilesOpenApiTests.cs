using System.Text.Json;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.WorkFiles;

/// <summary>The work-files API describes what it answers: every operation has a 2xx response with a typed body.</summary>
[Collection(PlatformCollection.Name)]
public sealed class WorkFilesOpenApiTests(PlatformFixture platform)
{
    private static readonly string[] Prefixes = ["/api/v1/work-files", "/api/v1/tasks", "/api/v1/file-plans"];

    [Fact]
    public async Task Every_work_file_task_and_file_plan_operation_has_a_2xx_response_with_content()
    {
        using var client = platform.Anonymous();
        var paths = (await (await client.GetAsync("/openapi/v1.json")).ReadAsync()).GetProperty("paths");
        var operations = new List<string>();
        var missing = new List<string>();
        foreach (var path in paths.EnumerateObject().Where(p => Prefixes.Any(x => p.Name.StartsWith(x, StringComparison.Ordinal))))
        {
            foreach (var op in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete" or "patch"))
            {
                operations.Add($"{op.Name} {path.Name}");
                var described = op.Value.TryGetProperty("responses", out var responses) && responses.EnumerateObject().Any(r =>
                    r.Name.StartsWith('2') && r.Value.TryGetProperty("content", out var content)
                    && content.EnumerateObject().Any(c => c.Value.TryGetProperty("schema", out var s) && s.ValueKind == JsonValueKind.Object));
                if (!described)
                {
                    missing.Add($"{op.Name} {path.Name}");
                }
            }
        }
        Assert.True(operations.Count >= 20, $"only {operations.Count} work-file operations found");
        Assert.True(missing.Count == 0, "without a 2xx body: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Notifications_list_has_a_typed_body_and_mark_read_answers_no_content()
    {
        using var client = platform.Anonymous();
        var paths = (await (await client.GetAsync("/openapi/v1.json")).ReadAsync()).GetProperty("paths");
        var list = paths.EnumerateObject().Single(p => p.Name.TrimEnd('/') == "/api/v1/notifications").Value.GetProperty("get").GetProperty("responses");
        Assert.True(list.GetProperty("200").TryGetProperty("content", out _));
        var read = paths.EnumerateObject().Single(p => p.Name.StartsWith("/api/v1/notifications/", StringComparison.Ordinal)).Value.GetProperty("post").GetProperty("responses");
        Assert.True(read.TryGetProperty("204", out _));
    }
}

using System.Text;
using System.Text.Json;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Docs;

/// <summary>
/// The README's endpoint list is <c>docs/API.md</c>, written from the live OpenAPI document, so it cannot go stale:
/// this test renders the document again and fails when the committed file differs. After changing an endpoint, run
/// <c>SAAS_UPDATE_DOCS=1 infra/dev/test.sh --filter FullyQualifiedName~ApiReference</c> and commit the file.
/// (That every operation describes its 2xx answer is <c>Operations/OpenApiResponsesTests</c>.)
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ApiReferenceTests(PlatformFixture platform)
{
    [Fact]
    public async Task Docs_api_md_is_the_openapi_document_rendered()
    {
        var rendered = ApiReference.Render(await OpenApiAsync());
        var path = Path.Combine(TestEnvironment.RepoRoot, "docs", "API.md");
        if (Environment.GetEnvironmentVariable("SAAS_UPDATE_DOCS") == "1")
        {
            await File.WriteAllTextAsync(path, rendered);
        }
        var committed = File.Exists(path) ? (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n") : "";
        Assert.True(committed == rendered,
            "docs/API.md differs from the OpenAPI document; run SAAS_UPDATE_DOCS=1 infra/dev/test.sh --filter FullyQualifiedName~ApiReference and commit it.");
    }

    private async Task<string> OpenApiAsync()
    {
        using var anonymous = platform.Anonymous();
        using var response = await anonymous.GetAsync("/openapi/v1.json");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}

/// <summary>Renders the OpenAPI document as the Markdown endpoint list of <c>docs/API.md</c>.</summary>
internal static class ApiReference
{
    public readonly record struct Answer(string Status, string? Body);

    public sealed record Operation(string Tag, string Method, string Path, string Summary, Answer? Success);

    public static IEnumerable<Operation> Operations(JsonElement root)
    {
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            foreach (var op in path.Value.EnumerateObject())
            {
                if (op.Name is not ("get" or "post" or "put" or "patch" or "delete"))
                {
                    continue;
                }
                var tag = op.Value.TryGetProperty("tags", out var tags) && tags.GetArrayLength() > 0 ? tags[0].GetString() ?? "" : "";
                var summary = op.Value.TryGetProperty("summary", out var s) ? s.GetString() ?? "" : "";
                yield return new Operation(tag, op.Name.ToUpperInvariant(), path.Name, summary, Success(op.Value));
            }
        }
    }

    public static string Render(string openApiJson)
    {
        using var doc = JsonDocument.Parse(openApiJson);
        var ops = Operations(doc.RootElement).ToList();
        var sb = new StringBuilder();
        sb.Append("# API reference (generated)\n\n");
        sb.Append("Written from `/openapi/v1.json` by `tests/Saas.IntegrationTests/Docs/ApiReferenceTests.cs`; do not edit by hand ");
        sb.Append("(`SAAS_UPDATE_DOCS=1 infra/dev/test.sh --filter FullyQualifiedName~ApiReference` rewrites it). ");
        sb.Append("Errors are RFC 9457 problem documents (`application/problem+json`) in Vietnamese and English. ");
        sb.Append($"{ops.Count} operations.\n");
        foreach (var group in ops.GroupBy(o => o.Tag).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            sb.Append($"\n## {(group.Key.Length == 0 ? "(untagged)" : group.Key)}\n\n");
            sb.Append("| Method | Path | Summary | Success |\n|---|---|---|---|\n");
            foreach (var o in group.OrderBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal))
            {
                var success = o.Success is { } a ? (a.Body is null ? a.Status : $"{a.Status} `{a.Body}`") : "—";
                sb.Append($"| {o.Method} | `{o.Path}` | {o.Summary.Replace("|", "\\|", StringComparison.Ordinal)} | {success} |\n");
            }
        }
        return sb.ToString();
    }

    private static Answer? Success(JsonElement op)
    {
        if (!op.TryGetProperty("responses", out var responses))
        {
            return null;
        }
        foreach (var r in responses.EnumerateObject().OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            if (!(r.Name.StartsWith('2') || r.Name.StartsWith('3')))
            {
                continue;
            }
            string? body = null;
            if (r.Value.TryGetProperty("content", out var content))
            {
                foreach (var media in content.EnumerateObject())
                {
                    body = media.Value.TryGetProperty("schema", out var schema) ? SchemaName(schema) ?? media.Name : media.Name;
                    break;
                }
            }
            return new Answer(r.Name, body);
        }
        return null;
    }

    private static string? SchemaName(JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var r))
        {
            return r.GetString()?.Split('/')[^1];
        }
        if (schema.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String)
        {
            var type = t.GetString();
            if (type == "array" && schema.TryGetProperty("items", out var items))
            {
                return (SchemaName(items) ?? "item") + "[]";
            }
            return schema.TryGetProperty("format", out var f) ? $"{type} ({f.GetString()})" : type;
        }
        return null;
    }
}

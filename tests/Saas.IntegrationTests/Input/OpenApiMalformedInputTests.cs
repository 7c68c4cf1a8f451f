using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Saas.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Saas.IntegrationTests.Input;

/// <summary>
/// Reads the live OpenAPI document and drives every operation with malformed input — NUL in every string, huge
/// strings and numbers, far dates, null array elements, wrong JSON types, broken JSON, and malformed multipart
/// bodies for every write — as a user who may call it. Nothing may answer 5xx; every 4xx is a problem document; a
/// write never succeeds; and no row of the key tables (nor the audit log, which every change writes) nor any file
/// appears.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class OpenApiMalformedInputTests(PlatformFixture platform, ITestOutputHelper output)
{
    private static readonly string[] CountedTables =
    [
        "platform.tenants", "audit.entries", "documents.incoming_documents", "documents.outgoing_documents", "documents.attachments",
        "documents.incoming_assignments", "onestop.applications", "onestop.procedures", "workfiles.work_files", "workfiles.tasks",
        "organization.units", "organization.unit_members", "onestop.calendar_days", "onestop.local_calendar_days", "platform.job_runs",
        "statistics.rollup_runs",
    ];

    private readonly Dictionary<string, HttpClient> clients = [];

    [Fact]
    public async Task Every_operation_refuses_malformed_input_with_a_problem_and_writes_nothing()
    {
        using var anonymous = platform.Anonymous();
        using var openApi = JsonDocument.Parse(await OpenApiDocumentAsync(anonymous));
        var builder = new MalformedRequests(openApi.RootElement);

        await QuiesceAsync();
        var before = await CountsAsync();
        var failures = new List<string>();
        var operations = 0;
        var requests = 0;
        var mustRefuseCount = 0;
        foreach (var path in openApi.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var op in path.Value.EnumerateObject())
            {
                var method = op.Name.ToUpperInvariant();
                if (method is not ("GET" or "POST" or "PUT" or "PATCH" or "DELETE"))
                {
                    continue;
                }
                operations++;
                foreach (var (label, request, mustRefuse) in builder.For(method, path.Name, op.Value))
                {
                    requests++;
                    mustRefuseCount += mustRefuse ? 1 : 0;
                    var failure = await SendAsync(path.Name, method, label, request, mustRefuse);
                    if (failure is not null)
                    {
                        failures.Add(failure);
                    }
                }
            }
        }
        await QuiesceAsync();
        var after = await CountsAsync();
        foreach (var (table, count) in before)
        {
            if (after[table] != count)
            {
                failures.Add($"{table}: {count} rows before, {after[table]} after");
            }
        }
        output.WriteLine($"{operations} operations, {requests} requests, {mustRefuseCount} of them carrying a value the input layer must refuse, {failures.Count} failures");
        Assert.True(operations > 100, $"only {operations} operations in the OpenAPI document");
        // Guards the builder from quietly degrading into requests that a 404 satisfies.
        Assert.True(mustRefuseCount > requests / 3, $"only {mustRefuseCount} of {requests} requests had to be refused by the input layer");
        Assert.True(failures.Count == 0, $"{failures.Count} failures in {requests} requests over {operations} operations:\n" + string.Join('\n', failures.Take(80))
            + "\nhost log:\n" + string.Join('\n', File.ReadLines(platform.Host.LogPath).Where(l => l.Contains("fail", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal)).TakeLast(40)));
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
    }

    private async Task<string?> SendAsync(string path, string method, string label, HttpRequestMessage request, bool mustRefuse)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync();
        var contentHeaders = request.Content?.Headers.ToList() ?? [];
        HttpStatusCode status = 0;
        string text = "";
        string? mediaType = null;
        foreach (var user in UsersFor(path))
        {
            using var attempt = new HttpRequestMessage(request.Method, request.RequestUri);
            if (body is not null)
            {
                attempt.Content = new ByteArrayContent(body);
                foreach (var header in contentHeaders)
                {
                    attempt.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }
            var client = await ClientAsync(user);
            try
            {
                using var response = await client.SendAsync(attempt);
                status = response.StatusCode;
                text = await response.Content.ReadAsStringAsync();
                mediaType = response.Content.Headers.ContentType?.MediaType;
            }
            catch (HttpRequestException e)
            {
                // The server broke the response off: as bad as a 500.
                return $"{method} {path} [{label}]: response aborted ({e.InnerException?.Message ?? e.Message})";
            }
            // Try the next kind of user only when this one may not call the operation at all.
            if (status is not (HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized))
            {
                break;
            }
        }
        request.Dispose();
        var code = (int)status;
        var where = $"{method} {path} [{label}]";
        if (code >= 500)
        {
            return $"{where}: {code} {Shorten(text)}";
        }
        if (code >= 400 && mediaType != "application/problem+json")
        {
            return $"{where}: {code} without a problem body ({mediaType}) {Shorten(text)}";
        }
        if (mustRefuse && code is not (400 or 413 or 415))
        {
            return $"{where}: {code} where the input layer must refuse (400) {Shorten(text)}";
        }
        if (code is >= 200 and < 300 && method != "GET")
        {
            return $"{where}: a malformed write succeeded with {code} {Shorten(text)}";
        }
        return null;
    }

    /// <summary>Who may call a path, most likely first: the right tenant role, a platform admin, nobody for public pages.</summary>
    private static (string? User, string? Tenant)[] UsersFor(string path) => path switch
    {
        _ when path.StartsWith("/api/v1/public/", StringComparison.Ordinal) => [(null, null)],
        _ when path.StartsWith("/api/v1/platform/", StringComparison.Ordinal) => [("admin", null)],
        _ when path.StartsWith("/api/v1/statistics/province", StringComparison.Ordinal) => [("quansat.tinh", null), ("admin", null)],
        _ when path.StartsWith("/api/v1/onestop/", StringComparison.Ordinal) =>
            [("motcua.hacthanh", "phuong-hac-thanh"), ("tran.thi.binh", "phuong-hac-thanh"), ("lanhdao.hacthanh", "phuong-hac-thanh")],
        _ => [("vanthu.snv", "so-noi-vu"), ("admin.snv", "so-noi-vu"), ("tran.thi.binh", "so-noi-vu")],
    };

    private async Task<HttpClient> ClientAsync((string? User, string? Tenant) who)
    {
        var key = $"{who.User}@{who.Tenant}";
        if (!clients.TryGetValue(key, out var client))
        {
            client = who.User is null ? platform.Anonymous() : await platform.ClientForAsync(who.User, who.Tenant);
            client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            clients[key] = client;
        }
        return client;
    }

    private async Task<Dictionary<string, long>> CountsAsync()
    {
        var counts = new Dictionary<string, long>();
        foreach (var table in CountedTables)
        {
            counts[table] = await platform.ScalarAsync<long>($"select count(*) from {table}", role: "superuser");
        }
        counts["files"] = Directory.Exists(TestEnvironment.FilesRoot)
            ? Directory.GetFiles(TestEnvironment.FilesRoot, "*", SearchOption.AllDirectories).Count(f => !f.Contains("/.tmp/", StringComparison.Ordinal))
            : 0;
        return counts;
    }

    /// <summary>Earlier tests may leave outbox deliveries in flight; they would add rows during the run.</summary>
    private async Task QuiesceAsync()
    {
        for (var i = 0; i < 50; i++)
        {
            var pending = await platform.ScalarAsync<long>(
                "select (select count(*) from documents.outbox where processed_at is null) + (select count(*) from onestop.outbox where processed_at is null)",
                role: "superuser");
            if (pending == 0)
            {
                return;
            }
            await Task.Delay(200);
        }
    }

    private async Task<string> OpenApiDocumentAsync(HttpClient anonymous)
    {
        try
        {
            using var response = await anonymous.GetAsync("/openapi/v1.json");
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsStringAsync();
        }
        catch (HttpRequestException e)
        {
            var log = File.ReadAllLines(platform.Host.LogPath);
            throw new InvalidOperationException("the OpenAPI document could not be read; host log:\n" + string.Join('\n', log.TakeLast(60)), e);
        }
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}

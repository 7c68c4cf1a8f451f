using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Documents;

/// <summary>
/// One access decision for documents, on every path: a specialist of Sở Nội vụ who may not open a secret (Mật)
/// document, nor an ordinary one not given to her, learns nothing of either — not its subject, number, id or scan —
/// through any endpoint or page that returns document data: details, search, downloads, access history, work files
/// (attach, view, list, export), tasks, my-work, register books and their Excel. Every row also runs as the leader,
/// who may open both, so a row that showed nothing to anybody would fail instead of passing unnoticed.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class DocumentConfidentialityTests(PlatformFixture platform)
{
    private const string Tenant = "so-noi-vu";

    /// <summary>What the specialist must get: a refusal (any 4xx), or a 200 that names nothing of the two documents.</summary>
    private enum ForSpecialist
    {
        Refused,
        NothingShown,
    }

    /// <param name="Query">A word both documents' subjects hold, to search with: a page echoes the query, so it must not be the marker.</param>
    private sealed record World(
        string Query, string Marker, string FileMarker, string SecretId, string PlainId, string ScanId, byte[] Scan, string OwnFileId, string LeaderFileId, string TaskId)
    {
        /// <summary>Anything that would tell the specialist about the two documents or the leader's own file.</summary>
        public IEnumerable<string> Secrets => [Marker, SecretId, PlainId, ScanId, FileMarker, LeaderFileId];
    }

    private static string Id(JsonElement e) => e.GetProperty("id").GetString()!;

    private async Task<World> BuildAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var marker = $"mat{tag}";
        using var clerk = await platform.ClientForAsync("vanthu.snv");
        using var leader = await platform.ClientForAsync("admin.snv");
        using var specialist = await platform.ClientForAsync("tran.thi.binh");
        var specialistId = Id(await (await specialist.GetAsync("/api/v1/me")).ReadAsync());

        // A secret document: metadata only (the state-secret policy refuses its scan, see StateSecretTests).
        var secretFields = DocumentApi.IncomingFields($"Kế hoạch bảo vệ bí mật {marker} tim{tag}", $"7/MAT-{tag}");
        secretFields["secrecy"] = "1";
        using var secretCreated = await clerk.PostAsync("/api/v1/incoming-documents", DocumentApi.Form(secretFields));
        Assert.Equal(HttpStatusCode.Created, secretCreated.StatusCode);
        var secretId = Id(await secretCreated.ReadAsync());
        await DocumentApi.PostJsonAsync(clerk, $"/api/v1/incoming-documents/{secretId}/register", new { registerCode = "VBDENMAT" });

        // An ordinary document with a scan, registered and given to nobody.
        var scan = DocumentApi.Pdf(marker);
        var plain = await DocumentApi.CreateIncomingAsync(clerk, $"Công văn thường chưa giao {marker} tim{tag}", $"8/UBND-{tag}", ("files", "ban-quet.pdf", scan));
        var plainId = Id(plain);
        var scanId = plain.GetProperty("attachments")[0].GetProperty("id").GetString()!;
        await DocumentApi.PostJsonAsync(clerk, $"/api/v1/incoming-documents/{plainId}/register", new { registerCode = "VBDEN" });

        // The specialist's own file: she may see it; the leader (who may open everything) puts both documents in it.
        using var own = await specialist.PostAsJsonAsync("/api/v1/work-files", new { code = $"09.CV-{tag}", title = "Hồ sơ chuyên viên", retentionYears = 10 });
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        var ownFileId = Id(await own.ReadAsync());

        // Attaching by id what she may not open is refused, and nothing is attached.
        foreach (var id in new[] { secretId, plainId })
        {
            using var refused = await specialist.PostAsJsonAsync($"/api/v1/work-files/{ownFileId}/documents", new { kind = "incoming", documentId = id });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.DoesNotContain(marker, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(0, (await (await leader.GetAsync($"/api/v1/work-files/{ownFileId}")).ReadAsync()).GetProperty("documents").GetArrayLength());

        await DocumentApi.PostJsonAsync(leader, $"/api/v1/work-files/{ownFileId}/documents", new { kind = "incoming", documentId = secretId });
        await DocumentApi.PostJsonAsync(leader, $"/api/v1/work-files/{ownFileId}/documents", new { kind = "incoming", documentId = plainId });
        var closed = await DocumentApi.PostJsonAsync(specialist, $"/api/v1/work-files/{ownFileId}/close", new { });
        Assert.Equal(2, closed.GetProperty("docCount").GetInt32());

        // The leader's own file (no unit): the specialist may not see it at all.
        var fileMarker = $"hosolanhdao{tag}";
        using var theirs = await leader.PostAsJsonAsync("/api/v1/work-files", new { code = $"10.LD-{tag}", title = $"Hồ sơ {fileMarker}", retentionYears = 10 });
        var leaderFileId = Id(await theirs.ReadAsync());
        await DocumentApi.PostJsonAsync(leader, $"/api/v1/work-files/{leaderFileId}/documents", new { kind = "incoming", documentId = plainId });

        // A task for the specialist that links the secret document and the leader's file.
        using var task = await leader.PostAsJsonAsync("/api/v1/tasks", new
        {
            title = "Rà soát tài liệu",
            deadline = DateTime.UtcNow.AddHours(7).AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            assignees = new[] { new { userId = specialistId, name = "Trần Thị Bình", role = "lead" } },
            links = new[] { new { kind = "incoming", id = secretId }, new { kind = "workfile", id = leaderFileId } },
        });
        Assert.Equal(HttpStatusCode.Created, task.StatusCode);
        var taskId = Id(await task.ReadAsync());
        return new World($"tim{tag}", marker, fileMarker, secretId, plainId, scanId, scan, ownFileId, leaderFileId, taskId);
    }

    /// <summary>Every endpoint and page that returns document data: (path, what the specialist gets, what proves the leader sees it).</summary>
    private static IEnumerable<(string Path, ForSpecialist Specialist, Func<World, byte[], bool>? LeaderSees)> Paths(World w)
    {
        Func<World, byte[], bool> marker = (x, body) => Text(body).Contains(x.Marker, StringComparison.Ordinal);
        Func<World, byte[], bool> scan = (x, body) => Contains(body, x.Scan);
        var page = $"/t/{Tenant}";
        return
        [
            ($"/api/v1/incoming-documents/{w.SecretId}", ForSpecialist.Refused, marker),
            ($"/api/v1/incoming-documents/{w.PlainId}", ForSpecialist.Refused, marker),
            ($"/api/v1/incoming-documents?q={w.Query}", ForSpecialist.NothingShown, marker),
            ($"/api/v1/incoming-documents?status=registered&size=100", ForSpecialist.NothingShown, null),
            ($"/api/v1/attachments/{w.ScanId}", ForSpecialist.Refused, scan),
            ($"/api/v1/incoming-documents/{w.PlainId}/access-history", ForSpecialist.Refused, (x, body) => Text(body).Contains("\"action\"", StringComparison.Ordinal)),
            ($"/api/v1/work-files/{w.OwnFileId}", ForSpecialist.NothingShown, marker),
            ($"/api/v1/work-files/{w.OwnFileId}/export.zip", ForSpecialist.NothingShown, scan),
            ($"/api/v1/work-files/{w.LeaderFileId}", ForSpecialist.Refused, (x, body) => Text(body).Contains(x.FileMarker, StringComparison.Ordinal)),
            ("/api/v1/work-files", ForSpecialist.NothingShown, (x, body) => Text(body).Contains(x.LeaderFileId, StringComparison.Ordinal)),
            ($"/api/v1/tasks/{w.TaskId}", ForSpecialist.NothingShown, marker),
            ("/api/v1/my-work", ForSpecialist.NothingShown, null),
            ("/api/v1/registers/VBDENMAT/book", ForSpecialist.Refused, marker),
            ("/api/v1/registers/VBDEN/book", ForSpecialist.Refused, marker),
            ("/api/v1/registers/VBDENMAT/book.xlsx", ForSpecialist.Refused, marker),
            ("/api/v1/registers/VBDEN/processing.xlsx", ForSpecialist.Refused, null),
            ($"{page}/documents/incoming/{w.SecretId}", ForSpecialist.Refused, marker),
            ($"{page}/documents/incoming/{w.PlainId}", ForSpecialist.Refused, marker),
            ($"{page}/documents/incoming/{w.PlainId}/slip", ForSpecialist.Refused, marker),
            ($"{page}/documents/incoming/{w.PlainId}?handler=Download&attachmentId={w.ScanId}", ForSpecialist.Refused, scan),
            ($"{page}/documents/incoming?q={w.Query}", ForSpecialist.NothingShown, marker),
            ($"{page}/workfiles/{w.OwnFileId}", ForSpecialist.NothingShown, marker),
            ($"{page}/workfiles/{w.OwnFileId}?handler=Export", ForSpecialist.NothingShown, scan),
            ($"{page}/workfiles/{w.LeaderFileId}", ForSpecialist.Refused, (x, body) => Text(body).Contains(x.FileMarker, StringComparison.Ordinal)),
            ($"{page}/workfiles", ForSpecialist.NothingShown, (x, body) => Text(body).Contains(x.FileMarker, StringComparison.Ordinal)),
            ($"{page}/tasks/{w.TaskId}", ForSpecialist.NothingShown, marker),
            ($"{page}/my-work", ForSpecialist.NothingShown, null),
            ($"{page}/documents/registers/VBDENMAT/book", ForSpecialist.Refused, marker),
            ($"{page}/documents/registers/VBDEN/book", ForSpecialist.Refused, marker),
        ];
    }

    [Fact]
    public async Task A_specialist_learns_nothing_of_a_secret_or_unassigned_document_through_any_endpoint_or_page()
    {
        var w = await BuildAsync();
        using var specialist = await platform.ClientForAsync("tran.thi.binh", Tenant);
        using var leader = await platform.ClientForAsync("admin.snv", Tenant);
        var failures = new List<string>();
        foreach (var (path, expected, leaderSees) in Paths(w))
        {
            using var mine = await specialist.GetAsync(path);
            var body = await mine.Content.ReadAsByteArrayAsync();
            if ((int)mine.StatusCode >= 500)
            {
                failures.Add($"{path}: specialist got {(int)mine.StatusCode}");
            }
            if (expected == ForSpecialist.Refused && mine.IsSuccessStatusCode)
            {
                failures.Add($"{path}: specialist got {(int)mine.StatusCode}, expected a refusal");
            }
            if (mine.IsSuccessStatusCode)
            {
                var text = Text(body);
                failures.AddRange(w.Secrets.Where(s => text.Contains(s, StringComparison.Ordinal)).Select(s => $"{path}: specialist sees '{s}'"));
                if (Contains(body, w.Scan))
                {
                    failures.Add($"{path}: specialist receives the scan");
                }
            }
            if (leaderSees is not null)
            {
                using var theirs = await leader.GetAsync(path);
                if (!theirs.IsSuccessStatusCode || !leaderSees(w, await theirs.Content.ReadAsByteArrayAsync()))
                {
                    failures.Add($"{path}: the leader does not see the document ({(int)theirs.StatusCode}) — the row proves nothing");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures));

        // A stale If-Match on what she may not see is 404 like any other request on it: a 412 would tell it exists.
        foreach (var path in new[] { $"/api/v1/incoming-documents/{w.SecretId}/opinions", $"/api/v1/work-files/{w.LeaderFileId}/close" })
        {
            using var stale = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(new { text = "x" }) };
            stale.Headers.TryAddWithoutValidation("If-Match", "\"0\"");
            Assert.Equal(HttpStatusCode.NotFound, (await specialist.SendAsync(stale)).StatusCode);
        }

        // The work file she may see keeps both places, withheld: counts stay true, nothing else is said.
        var file = await (await specialist.GetAsync($"/api/v1/work-files/{w.OwnFileId}")).ReadAsync();
        Assert.All(file.GetProperty("documents").EnumerateArray(), d =>
        {
            Assert.True(d.GetProperty("withheld").GetBoolean());
            Assert.Equal(JsonValueKind.Null, d.GetProperty("documentId").ValueKind);
        });
        Assert.Equal(2, file.GetProperty("docCount").GetInt32());
        var task = await (await specialist.GetAsync($"/api/v1/tasks/{w.TaskId}")).ReadAsync();
        Assert.All(task.GetProperty("links").EnumerateArray(), l => Assert.True(l.GetProperty("withheld").GetBoolean()));
    }

    [Fact]
    public async Task Views_downloads_and_exports_are_recorded_and_shown_to_those_who_may_see_the_item_and_to_the_tenant_admin()
    {
        var w = await BuildAsync();
        using var clerk = await platform.ClientForAsync("vanthu.snv");
        using var specialist = await platform.ClientForAsync("tran.thi.binh");
        using var leader = await platform.ClientForAsync("admin.snv");

        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"/api/v1/incoming-documents/{w.PlainId}")).StatusCode);
        Assert.Equal(w.Scan, await clerk.GetByteArrayAsync($"/api/v1/attachments/{w.ScanId}"));
        using (var page = await clerk.GetAsync($"/t/{Tenant}/documents/incoming/{w.PlainId}"))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("id=\"access-history\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        // A refused look leaves no entry: the history is of accesses, not attempts.
        Assert.Equal(HttpStatusCode.NotFound, (await specialist.GetAsync($"/api/v1/incoming-documents/{w.PlainId}")).StatusCode);

        var history = await (await clerk.GetAsync($"/api/v1/incoming-documents/{w.PlainId}/access-history")).ReadAsync();
        var entries = history.EnumerateArray().ToList();
        Assert.Equal(2, entries.Count(e => e.GetProperty("action").GetString() == "view"));
        var download = Assert.Single(entries, e => e.GetProperty("action").GetString() == "download");
        Assert.Equal(w.ScanId, download.GetProperty("partId").GetString());
        Assert.Equal("ban-quet.pdf", download.GetProperty("partName").GetString());
        Assert.All(entries, e => Assert.NotEqual("Trần Thị Bình", e.GetProperty("actorName").GetString()));
        Assert.Equal(3, await platform.ScalarAsync<long>($"select count(*) from audit.access_log where item_id = '{w.PlainId}'", role: "superuser"));

        // The work file (the leader looked at it while building): her view and export are recorded; she and the tenant admin read its history.
        Assert.Equal(HttpStatusCode.OK, (await specialist.GetAsync($"/api/v1/work-files/{w.OwnFileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await specialist.GetAsync($"/api/v1/work-files/{w.OwnFileId}/export.zip")).StatusCode);
        var fileHistory = await (await specialist.GetAsync($"/api/v1/work-files/{w.OwnFileId}/access-history")).ReadAsync();
        Assert.Equal(["export", "view", "view"], fileHistory.EnumerateArray().Select(e => e.GetProperty("action").GetString()).Order());
        using var admin = await platform.ClientForAsync("admin.snv");
        Assert.Equal(3, (await (await admin.GetAsync($"/api/v1/work-files/{w.OwnFileId}/access-history")).ReadAsync()).GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await specialist.GetAsync($"/api/v1/work-files/{w.LeaderFileId}/access-history")).StatusCode);

        // The tenant admin looks any item up on the audit page.
        using (var auditPage = await admin.GetAsync($"/t/{Tenant}/admin/audit?accessKind=incoming&accessId={w.PlainId}"))
        {
            var html = await auditPage.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, auditPage.StatusCode);
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "data-action=\"download\""));
            Assert.Contains("ban-quet.pdf", html, StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await specialist.GetAsync($"/t/{Tenant}/admin/audit?accessKind=incoming&accessId={w.PlainId}")).StatusCode);

        // Counts per item in the statistics, for leaders; the specialist is refused.
        var counts = await (await leader.GetAsync("/api/v1/statistics/access?kind=incoming")).ReadAsync();
        var row = Assert.Single(counts.EnumerateArray(), r => r.GetProperty("itemId").GetString() == w.PlainId);
        Assert.Equal(2, row.GetProperty("views").GetInt32());
        Assert.Equal(1, row.GetProperty("downloads").GetInt32());
        Assert.Contains(w.Marker, row.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await specialist.GetAsync("/api/v1/statistics/access?kind=incoming")).StatusCode);
        var statisticsPage = await (await leader.GetAsync($"/t/{Tenant}/statistics")).Content.ReadAsStringAsync();
        Assert.Contains("id=\"most-accessed\"", statisticsPage, StringComparison.Ordinal);
        Assert.Contains(w.Marker, statisticsPage, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"most-accessed\"", await (await specialist.GetAsync($"/t/{Tenant}/statistics")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var bad = await leader.GetAsync("/api/v1/statistics/access?kind=incoming&from=9999-01-01");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        // The log is append-only, even for the owner role.
        await using var conn = platform.OpenAs("superuser");
        await using var cmd = new Npgsql.NpgsqlCommand($"delete from audit.access_log where item_id = '{w.PlainId}'", conn);
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => cmd.ExecuteNonQueryAsync());
    }

    /// <summary>A body as text; a zip (export, xlsx) as the text of all its entries.</summary>
    private static string Text(byte[] body)
    {
        if (body.Length > 4 && body[0] == 'P' && body[1] == 'K')
        {
            try
            {
                using var zip = new ZipArchive(new MemoryStream(body));
                var sb = new StringBuilder();
                foreach (var entry in zip.Entries)
                {
                    using var s = entry.Open();
                    using var buffer = new MemoryStream();
                    s.CopyTo(buffer);
                    sb.Append(Encoding.UTF8.GetString(buffer.ToArray())).Append('\n');
                }
                return sb.ToString();
            }
            catch (InvalidDataException)
            {
            }
        }
        return Encoding.UTF8.GetString(body);
    }

    /// <summary>Whether the body, or any entry of it if it is a zip, holds these bytes.</summary>
    private static bool Contains(byte[] body, byte[] needle) =>
        body.AsSpan().IndexOf(needle) >= 0 || Encoding.Latin1.GetBytes(Text(body)).AsSpan().IndexOf(needle) >= 0
        || Encoding.UTF8.GetBytes(Text(body)).AsSpan().IndexOf(needle) >= 0;
}

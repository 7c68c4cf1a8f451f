using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Saas.IntegrationTests.Infrastructure;
using static Saas.IntegrationTests.OneStop.OneStopApi;

namespace Saas.IntegrationTests.Concurrency;

/// <summary>
/// Optimistic concurrency (ND 30/2020 Phụ lục VI IV.2) on every kind of item: a GET gives the item's ETag, a change
/// sent with a stale If-Match is refused with 412 and changes nothing, the current one succeeds and answers with a new
/// ETag — also when the change only adds a child row (a document attached to a file).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ETagTests(PlatformFixture platform)
{
    /// <summary>A version no row can have (xmin values are transaction ids, never this one's text).</summary>
    private const string Never = "\"stale-version\"";

    private static async Task<(JsonElement Body, string ETag)> GetWithTagAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tag = response.Headers.ETag?.Tag;
        Assert.False(string.IsNullOrEmpty(tag), $"GET {path} has no ETag");
        Assert.False(response.Headers.ETag!.IsWeak);
        return (await response.ReadAsync(), tag!);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, object? body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is HttpContent c ? c : JsonContent.Create(body ?? new { }) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return await client.SendAsync(request);
    }

    private static async Task AssertPreconditionFailedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadAsync();
        Assert.Equal(412, problem.GetProperty("status").GetInt32());
        Assert.Contains("Người khác đã thay đổi", problem.GetProperty("detail").GetString());
        Assert.Contains("Someone changed", problem.GetProperty("detail").GetString());
    }

    /// <summary>The answer to a successful change carries the new version, and a fresh GET agrees with it.</summary>
    private static async Task<string> AssertNewTagAsync(HttpResponseMessage response, HttpClient client, string path, string old)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var tag = response.Headers.ETag?.Tag;
        Assert.NotNull(tag);
        Assert.NotEqual(old, tag);
        Assert.Equal(tag, (await GetWithTagAsync(client, path)).ETag);
        return tag!;
    }

    [Fact]
    public async Task Incoming_document_stale_if_match_is_412_and_changes_nothing()
    {
        using var clerk = await platform.ClientForAsync("vanthu.snv");
        var id = (await DocumentApi.CreateIncomingAsync(clerk, "Văn bản thử ETag", $"12/UBND-{Guid.NewGuid():N}"[..18])).GetProperty("id").GetString();
        var path = $"/api/v1/incoming-documents/{id}";
        var (doc, tag) = await GetWithTagAsync(clerk, path);
        var status = doc.GetProperty("status").GetString();

        using (var stale = await SendAsync(clerk, HttpMethod.Post, $"{path}/register", new { registerCode = "VBDEN" }, Never))
        {
            await AssertPreconditionFailedAsync(stale);
        }
        var (unchanged, sameTag) = await GetWithTagAsync(clerk, path);
        Assert.Equal(status, unchanged.GetProperty("status").GetString());
        Assert.Equal(tag, sameTag);

        string registeredTag;
        using (var ok = await SendAsync(clerk, HttpMethod.Post, $"{path}/register", new { registerCode = "VBDEN" }, tag))
        {
            registeredTag = await AssertNewTagAsync(ok, clerk, path, tag);
        }
        Assert.NotEqual(status, (await GetWithTagAsync(clerk, path)).Body.GetProperty("status").GetString());

        // The tag read before registering is stale now: returning the document with it is refused.
        using (var late = await SendAsync(clerk, HttpMethod.Post, $"{path}/return", new { reason = "Sai nơi nhận" }, tag))
        {
            await AssertPreconditionFailedAsync(late);
        }
        Assert.Equal(registeredTag, (await GetWithTagAsync(clerk, path)).ETag);
    }

    [Fact]
    public async Task Outgoing_draft_stale_if_match_is_412_and_the_current_one_submits()
    {
        using var drafter = await platform.ClientForAsync("tran.thi.binh");
        using var created = await drafter.PostAsync("/api/v1/outgoing-documents", DocumentApi.Form(new Dictionary<string, string?>
        {
            ["documentTypeCode"] = "CV",
            ["subject"] = $"Dự thảo thử ETag {Guid.NewGuid():N}",
            ["draftingUnit"] = "VP",
            ["urgency"] = "0",
            ["pageCount"] = "1",
        }, ("files", "du-thao.docx", DocumentApi.Docx("Dự thảo thử ETag"))));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var path = $"/api/v1/outgoing-documents/{(await created.ReadAsync()).GetProperty("id").GetString()}";
        var (draft, tag) = await GetWithTagAsync(drafter, path);

        using (var stale = await SendAsync(drafter, HttpMethod.Post, $"{path}/submit", null, Never))
        {
            await AssertPreconditionFailedAsync(stale);
        }
        Assert.Equal(draft.GetProperty("status").GetString(), (await GetWithTagAsync(drafter, path)).Body.GetProperty("status").GetString());

        using var ok = await SendAsync(drafter, HttpMethod.Post, $"{path}/submit", null, tag);
        await AssertNewTagAsync(ok, drafter, path, tag);
        Assert.NotEqual(draft.GetProperty("status").GetString(), (await GetWithTagAsync(drafter, path)).Body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Work_file_version_moves_when_only_a_document_is_attached()
    {
        using var clerk = await platform.ClientForAsync("vanthu.snv");
        // The leader: a specialist may only attach documents she may open, and this one is given to nobody.
        using var creator = await platform.ClientForAsync("admin.snv");
        var doc = await DocumentApi.CreateIncomingAsync(clerk, "Văn bản đưa vào hồ sơ thử ETag", $"13/UBND-{Guid.NewGuid():N}"[..18]);
        await DocumentApi.PostJsonAsync(clerk, $"/api/v1/incoming-documents/{doc.GetProperty("id").GetString()}/register", new { registerCode = "VBDEN" });
        using var opened = await creator.PostAsJsonAsync("/api/v1/work-files", new { code = $"09.VP-{Guid.NewGuid():N}"[..12], title = "Hồ sơ thử ETag", retentionYears = 5 });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var path = $"/api/v1/work-files/{(await opened.ReadAsync()).GetProperty("id").GetString()}";
        var (_, tag) = await GetWithTagAsync(creator, path);
        var attach = new { kind = "incoming", documentId = doc.GetProperty("id").GetString() };

        using (var stale = await SendAsync(creator, HttpMethod.Post, $"{path}/documents", attach, Never))
        {
            await AssertPreconditionFailedAsync(stale);
        }
        Assert.Equal(0, (await GetWithTagAsync(creator, path)).Body.GetProperty("documents").GetArrayLength());

        string attachedTag;
        using (var ok = await SendAsync(creator, HttpMethod.Post, $"{path}/documents", attach, tag))
        {
            attachedTag = await AssertNewTagAsync(ok, creator, path, tag);
        }
        Assert.Equal(1, (await GetWithTagAsync(creator, path)).Body.GetProperty("documents").GetArrayLength());

        // Attaching wrote only a child row, yet the file's old tag no longer closes it.
        using (var late = await SendAsync(creator, HttpMethod.Post, $"{path}/close", new { }, tag))
        {
            await AssertPreconditionFailedAsync(late);
        }
        Assert.Equal(attachedTag, (await GetWithTagAsync(creator, path)).ETag);
    }

    [Fact]
    public async Task Application_stale_if_match_is_412_and_the_current_one_forwards()
    {
        using var counter = await platform.ClientForAsync("motcua.hacthanh", Commune);
        var received = await ReceiveAtCounterAsync(counter, LocalProcedure, "Trịnh Văn Cường");
        var path = $"/api/v1/onestop/applications/{received.GetProperty("id").GetString()}";
        var (app, tag) = await GetWithTagAsync(counter, path);
        var step = app.GetProperty("summary").GetProperty("currentStep").GetInt32();

        using (var stale = await SendAsync(counter, HttpMethod.Post, $"{path}/forward", new { note = "Chuyển thẩm định" }, Never))
        {
            await AssertPreconditionFailedAsync(stale);
        }
        Assert.Equal(step, (await GetWithTagAsync(counter, path)).Body.GetProperty("summary").GetProperty("currentStep").GetInt32());

        using var ok = await SendAsync(counter, HttpMethod.Post, $"{path}/forward", new { note = "Chuyển thẩm định" }, tag);
        await AssertNewTagAsync(ok, counter, path, tag);
        Assert.Equal(step + 1, (await GetWithTagAsync(counter, path)).Body.GetProperty("summary").GetProperty("currentStep").GetInt32());
    }

    [Fact]
    public async Task Procedure_stale_if_match_is_412_and_keeps_the_other_edit()
    {
        const string code = "2.000815"; // used by no other test
        using var admin = await platform.ClientForAsync("tran.thi.binh", Commune);
        var path = $"/api/v1/onestop/procedures/{code}";
        var (_, tag) = await GetWithTagAsync(admin, path);

        var first = $"Miễn phí {Guid.NewGuid():N}"[..20];
        using (var other = await SendAsync(admin, HttpMethod.Put, path, new { fee = first }, null))
        {
            // Without If-Match the API behaves as before: the edit is taken.
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        }
        using (var stale = await SendAsync(admin, HttpMethod.Put, path, new { fee = "Ghi đè" }, tag))
        {
            await AssertPreconditionFailedAsync(stale);
        }
        var (kept, current) = await GetWithTagAsync(admin, path);
        Assert.Equal(first, kept.GetProperty("fee").GetString());

        using var ok = await SendAsync(admin, HttpMethod.Put, path, new { fee = "10.000 đồng" }, current);
        await AssertNewTagAsync(ok, admin, path, current);
        Assert.Equal("10.000 đồng", (await GetWithTagAsync(admin, path)).Body.GetProperty("fee").GetString());
    }
}

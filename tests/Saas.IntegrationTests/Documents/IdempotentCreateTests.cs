using System.Net;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Documents;

/// <summary>
/// A clerk whose answer was lost retries with the same Idempotency-Key: the first document comes back and no copy
/// is made; the same key with another body is refused.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class IdempotentCreateTests(PlatformFixture platform)
{
    [Fact]
    public async Task Same_key_twice_returns_the_same_document_and_stores_one()
    {
        using var clerk = await platform.ClientForAsync("vanthu.stc");
        var key = Guid.NewGuid().ToString();
        var subject = $"Idempotent {key}";
        var scan = DocumentApi.Pdf("idem");

        async Task<HttpResponseMessage> Post(string subj)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/incoming-documents")
            {
                Content = DocumentApi.Form(DocumentApi.IncomingFields(subj, "17/UBND-VP"), ("files", "scan.pdf", scan)),
            };
            request.Headers.Add("Idempotency-Key", key);
            return await clerk.SendAsync(request);
        }

        using var first = await Post(subject);
        using var second = await Post(subject);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var id = (await first.ReadAsync()).GetProperty("id").GetString();
        Assert.Equal(id, (await second.ReadAsync()).GetProperty("id").GetString());
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await platform.ScalarAsync<long>($"select count(*) from documents.incoming_documents where subject = '{subject}'", role: "superuser"));
        Assert.Equal(1, await platform.ScalarAsync<long>($"select count(*) from platform.idempotency_keys where key = '{key}'", role: "superuser"));

        using var other = await Post(subject + " (sửa)");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
        Assert.Equal("https://saas.thanhhoa.gov.vn/problems/idempotency-key-reused", (await other.ReadAsync()).GetProperty("type").GetString());
        Assert.Equal(0, await platform.ScalarAsync<long>($"select count(*) from documents.incoming_documents where subject = '{subject} (sửa)'", role: "superuser"));
    }

    [Fact]
    public async Task Key_row_is_not_stored_when_the_create_is_refused()
    {
        using var clerk = await platform.ClientForAsync("vanthu.stc");
        var key = Guid.NewGuid().ToString();
        var fields = DocumentApi.IncomingFields($"Refused {key}", "18/UBND-VP");
        fields["subject"] = "";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/incoming-documents") { Content = DocumentApi.Form(fields) };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await clerk.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await platform.ScalarAsync<long>($"select count(*) from platform.idempotency_keys where key = '{key}'", role: "superuser"));
    }

    [Fact]
    public async Task Work_file_opened_twice_with_one_key_is_one_file()
    {
        using var specialist = await platform.ClientForAsync("tran.thi.binh");
        var key = Guid.NewGuid().ToString();
        var code = $"11.ID-{key[..8]}";

        async Task<HttpResponseMessage> Post(string title)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/work-files")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new { code, title, retentionYears = 10 }),
            };
            request.Headers.Add("Idempotency-Key", key);
            return await specialist.SendAsync(request);
        }

        using var first = await Post("Hồ sơ thử khóa");
        using var second = await Post("Hồ sơ thử khóa");
        using var other = await Post("Hồ sơ khác");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal((await first.ReadAsync()).GetProperty("id").GetString(), (await second.ReadAsync()).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal(1, await platform.ScalarAsync<long>($"select count(*) from workfiles.work_files where code = '{code}'", role: "superuser"));
    }
}

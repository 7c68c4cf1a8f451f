using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Saas.Files.Storage;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Documents;

/// <summary>
/// State secrets (Law 29/2018 Art. 5(5), QĐ 28/2018), default policy: a Mật/Tối mật/Tuyệt mật document is registered
/// by its metadata only — its scans and files are refused before anything is stored — and it is never delivered
/// electronically; it is sent on paper and the recipients are recorded.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class StateSecretTests(PlatformFixture platform)
{
    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static bool Stored(byte[] bytes) =>
        File.Exists(new LocalFileStore(Microsoft.Extensions.Options.Options.Create(new FileStoreOptions { LocalRoot = TestEnvironment.FilesRoot })).PathFor(Hash(bytes)));

    [Fact]
    public async Task A_secret_incoming_document_is_registered_by_its_metadata_and_its_scan_is_refused_and_not_stored()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        using var clerk = await platform.ClientForAsync("vanthu.snv");
        var fields = DocumentApi.IncomingFields($"Văn bản tối mật {tag}", $"3/TM-{tag}");
        fields["secrecy"] = "2";
        var scan = DocumentApi.Pdf(tag);

        using var refused = await clerk.PostAsync("/api/v1/incoming-documents", DocumentApi.Form(fields, ("files", "ban-quet-mat.pdf", scan)));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.ReadAsync();
        Assert.Contains("bí mật nhà nước", problem.GetProperty("errors").GetProperty("files")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("state-secret", problem.GetProperty("errors").GetProperty("files")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await platform.ScalarAsync<long>($"select count(*) from documents.incoming_documents where number_notation = '3/TM-{tag}'", role: "superuser"));
        Assert.Equal(0, await platform.ScalarAsync<long>($"select count(*) from documents.attachments where sha256 = '{Hash(scan)}'", role: "superuser"));
        Assert.False(Stored(scan));

        using var accepted = await clerk.PostAsync("/api/v1/incoming-documents", DocumentApi.Form(fields));
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var doc = await accepted.ReadAsync();
        Assert.Equal(0, doc.GetProperty("attachments").GetArrayLength());
        var registered = await DocumentApi.PostJsonAsync(clerk, $"/api/v1/incoming-documents/{doc.GetProperty("id").GetString()}/register", new { registerCode = "VBDENMAT" });
        Assert.Equal("registered", registered.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_secret_outgoing_document_carries_no_file_and_is_never_delivered_electronically()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        using var drafter = await platform.ClientForAsync("tran.thi.binh");
        using var leader = await platform.ClientForAsync("admin.snv");
        using var clerk = await platform.ClientForAsync("vanthu.snv");
        using (var route = await leader.PutAsJsonAsync("/api/v1/approval-routes/CV", new { steps = new[] { "leader" } }))
        {
            Assert.Equal(HttpStatusCode.OK, route.StatusCode);
        }
        var fields = new Dictionary<string, string?>
        {
            ["documentTypeCode"] = "CV",
            ["subject"] = $"Công văn mật {tag}",
            ["secrecy"] = "1",
            ["pageCount"] = "2",
        };
        var draftFile = DocumentApi.Docx($"Dự thảo mật {tag}");
        using (var withFile = await drafter.PostAsync("/api/v1/outgoing-documents", DocumentApi.Form(fields, ("files", "du-thao.docx", draftFile))))
        {
            Assert.Equal(HttpStatusCode.BadRequest, withFile.StatusCode);
            Assert.True((await withFile.ReadAsync()).GetProperty("errors").TryGetProperty("files", out _));
        }
        Assert.False(Stored(draftFile));
        Assert.Equal(0, await platform.ScalarAsync<long>($"select count(*) from documents.outgoing_documents where subject = 'Công văn mật {tag}'", role: "superuser"));

        using var created = await drafter.PostAsync("/api/v1/outgoing-documents", DocumentApi.Form(fields));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.ReadAsync()).GetProperty("id").GetString()!;
        using (var version = await drafter.PostAsync($"/api/v1/outgoing-documents/{id}/versions", DocumentApi.Form(new Dictionary<string, string?>(), ("file", "v2.docx", draftFile))))
        {
            Assert.Equal(HttpStatusCode.BadRequest, version.StatusCode);
        }
        Assert.False(Stored(draftFile));
        await DocumentApi.PostJsonAsync(drafter, $"/api/v1/outgoing-documents/{id}/submit", new { });
        await DocumentApi.PostJsonAsync(leader, $"/api/v1/outgoing-documents/{id}/approve", new { note = "Đồng ý" });
        var signature = new Dictionary<string, string?> { ["signerName"] = "Hoàng Thị Lan", ["signerPosition"] = "Giám đốc Sở" };
        var signedPdf = DocumentApi.Pdf("signed " + tag);
        using (var signedWithFile = await leader.PostAsync($"/api/v1/outgoing-documents/{id}/sign", DocumentApi.Form(signature, ("signedFile", "da-ky.pdf", signedPdf))))
        {
            Assert.Equal(HttpStatusCode.BadRequest, signedWithFile.StatusCode);
        }
        Assert.False(Stored(signedPdf));
        using (var signedOnPaper = await leader.PostAsync($"/api/v1/outgoing-documents/{id}/sign", DocumentApi.Form(signature)))
        {
            Assert.Equal(HttpStatusCode.OK, signedOnPaper.StatusCode);
        }

        using (var electronic = await clerk.PostAsJsonAsync($"/api/v1/outgoing-documents/{id}/issue", new { registerCode = "VBDIMAT", platformRecipients = new[] { "so-tai-chinh" } }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, electronic.StatusCode);
            Assert.Contains("never sent electronically", (await electronic.ReadAsync()).GetProperty("errors").GetProperty("platformRecipients")[0].GetString(), StringComparison.Ordinal);
        }
        var issued = await DocumentApi.PostJsonAsync(clerk, $"/api/v1/outgoing-documents/{id}/issue", new { registerCode = "VBDIMAT", externalRecipients = new[] { "Sở Tài chính (bản giấy)" } });
        Assert.Equal("issued", issued.GetProperty("status").GetString());
        Assert.Equal(0, await platform.ScalarAsync<long>($"select count(*) from documents.outbox where payload::text like '%{id}%'", role: "superuser"));
    }
}

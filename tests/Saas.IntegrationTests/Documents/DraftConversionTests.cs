using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Saas.Files.Tests.Conversion;
using Saas.Files.Text;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Documents;

/// <summary>
/// DOCX drafts become PDFs on the server (real LibreOffice behind the main host): the rendition is attached with its
/// version, listed by the API and the page, downloadable, and its text keeps the Vietnamese diacritics; a Word file
/// LibreOffice cannot load is a bilingual 422 and the draft is left exactly as it was — no rows, no blobs, no history.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class DraftConversionTests(PlatformFixture platform)
{
    private static Dictionary<string, string?> Fields(string subject) => new() { ["documentTypeCode"] = "CV", ["subject"] = subject };

    private static IEnumerable<JsonElement> Attachments(JsonElement doc) => doc.GetProperty("attachments").EnumerateArray();

    private static JsonElement Single(JsonElement doc, string purpose, int version) =>
        Attachments(doc).Single(a => a.GetProperty("purpose").GetString() == purpose && a.GetProperty("version").GetInt32() == version);

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static bool Stored(string sha256) =>
        Directory.Exists(TestEnvironment.FilesRoot) && Directory.GetFiles(TestEnvironment.FilesRoot, "*" + sha256 + "*", SearchOption.AllDirectories).Length > 0;

    private static async Task<string> PdfTextAsync(HttpClient client, JsonElement attachment)
    {
        using var download = await client.GetAsync(attachment.GetProperty("download").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.AsSpan().StartsWith("%PDF-"u8), "the rendition is not a PDF");
        var text = await new DocumentTextExtractor(NullLogger<DocumentTextExtractor>.Instance).ExtractAsync(new MemoryStream(bytes), "application/pdf", CancellationToken.None);
        return text.Normalize(System.Text.NormalizationForm.FormC);
    }

    [Fact]
    public async Task A_docx_draft_gets_its_pdf_rendition_with_history_and_audit_and_each_new_version_its_own()
    {
        using var drafter = await platform.ClientForAsync("tran.thi.binh");
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var created = await drafter.PostAsync("/api/v1/outgoing-documents",
            DocumentApi.Form(Fields($"Dự thảo chuyển PDF {tag}"), ("files", "du-thao-quoc-hieu.docx", ConversionSamples.VietnameseDocx())));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.ReadAsync()).GetProperty("id").GetString();

        var doc = await (await drafter.GetAsync($"/api/v1/outgoing-documents/{id}")).ReadAsync();
        var draft = Single(doc, "draft", 1);
        var pdf = Single(doc, "draft-pdf", 1);
        Assert.Equal(draft.GetProperty("id").GetString(), pdf.GetProperty("sourceAttachmentId").GetString());
        Assert.Equal("application/pdf", pdf.GetProperty("mediaType").GetString());
        Assert.Equal("du-thao-quoc-hieu.pdf", pdf.GetProperty("fileName").GetString());
        Assert.Contains(ConversionSamples.Motto, await PdfTextAsync(drafter, pdf), StringComparison.Ordinal);
        Assert.Contains(doc.GetProperty("history").EnumerateArray(), e => e.GetProperty("kind").GetString() == "converted");
        Assert.Equal(1L, await platform.ScalarAsync<long>(
            $"select count(*) from audit.entries where action = 'outgoing.draft-converted' and entity_id = '{id}'", role: "superuser"));

        // The page lists the rendition next to its version, with a download link.
        var page = await (await drafter.GetAsync($"/t/so-noi-vu/documents/outgoing/{id}")).Content.ReadAsStringAsync();
        Assert.Contains($"data-rendition-of=\"{draft.GetProperty("id").GetString()}\"", page, StringComparison.Ordinal);
        Assert.Contains("Bản PDF do hệ thống chuyển đổi", page, StringComparison.Ordinal);

        using var second = await drafter.PostAsync($"/api/v1/outgoing-documents/{id}/versions",
            DocumentApi.Form(new Dictionary<string, string?>(), ("file", "du-thao-v2.docx", Saas.Files.Tests.Samples.Docx($"Phiên bản hai {tag}"))));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        doc = await (await drafter.GetAsync($"/api/v1/outgoing-documents/{id}")).ReadAsync();
        var pdf2 = Single(doc, "draft-pdf", 2);
        Assert.Equal(Single(doc, "draft", 2).GetProperty("id").GetString(), pdf2.GetProperty("sourceAttachmentId").GetString());
        Assert.Contains($"Phiên bản hai {tag}", await PdfTextAsync(drafter, pdf2), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_docx_LibreOffice_cannot_render_is_a_422_and_leaves_the_draft_exactly_as_it_was()
    {
        using var drafter = await platform.ClientForAsync("tran.thi.binh");
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var created = await drafter.PostAsync("/api/v1/outgoing-documents",
            DocumentApi.Form(Fields($"Dự thảo giữ nguyên {tag}"), ("files", "du-thao.docx", ConversionSamples.VietnameseDocx())));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.ReadAsync()).GetProperty("id").GetString();
        using var beforeResponse = await drafter.GetAsync($"/api/v1/outgoing-documents/{id}");
        var before = await beforeResponse.ReadAsync();
        var rows = await platform.ScalarAsync<long>($"select count(*) from documents.attachments where owner_id = '{id}'", role: "superuser");
        var events = await platform.ScalarAsync<long>($"select count(*) from documents.document_events where document_id = '{id}'", role: "superuser");

        var corrupt = ConversionSamples.CorruptDocx();
        using var refused = await drafter.PostAsync($"/api/v1/outgoing-documents/{id}/versions",
            DocumentApi.Form(new Dictionary<string, string?>(), ("file", "hong.docx", corrupt)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.ReadAsync();
        Assert.Equal("https://saas.thanhhoa.gov.vn/problems/conversion-failed", problem.GetProperty("type").GetString());
        Assert.Equal("failed", problem.GetProperty("reason").GetString());
        Assert.Contains("Không chuyển được dự thảo sang PDF", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("could not be converted to PDF", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        Assert.Equal(rows, await platform.ScalarAsync<long>($"select count(*) from documents.attachments where owner_id = '{id}'", role: "superuser"));
        Assert.Equal(events, await platform.ScalarAsync<long>($"select count(*) from documents.document_events where document_id = '{id}'", role: "superuser"));
        Assert.False(Stored(Sha256(corrupt)), "the refused DOCX stayed in the file store");
        using var afterResponse = await drafter.GetAsync($"/api/v1/outgoing-documents/{id}");
        var after = await afterResponse.ReadAsync();
        Assert.Equal(before.GetProperty("attachments").GetRawText(), after.GetProperty("attachments").GetRawText());
        Assert.Equal(beforeResponse.Headers.ETag, afterResponse.Headers.ETag);

        // A new draft with such a file is not created at all.
        using var refusedDraft = await drafter.PostAsync("/api/v1/outgoing-documents",
            DocumentApi.Form(Fields($"Dự thảo hỏng {tag}"), ("files", "hong.docx", corrupt)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refusedDraft.StatusCode);
        Assert.Equal(0L, await platform.ScalarAsync<long>($"select count(*) from documents.outgoing_documents where subject = 'Dự thảo hỏng {tag}'", role: "superuser"));
        Assert.False(Stored(Sha256(corrupt)), "the refused DOCX stayed in the file store");
    }
}

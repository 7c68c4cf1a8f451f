using System.Net;
using System.Text.Json;
using Saas.IntegrationTests.Infrastructure;
using Saas.Signatures.Tests;

namespace Saas.IntegrationTests.Documents;

/// <summary>
/// Every PDF that enters is verified and the result is kept with it and shown (TT 15/2025): a scan signed by an
/// independent signer (@signpdf/signpdf from npm) with a certificate of the trusted test CA is "Chữ ký số hợp lệ"
/// with the signer's details; a revoked certificate is invalid with its reason; an unsigned PDF says so.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class SignatureVerificationTests(PlatformFixture platform)
{
    private async Task<JsonElement> ReceiveAsync(HttpClient clerk, byte[] pdf, string tag) =>
        await DocumentApi.CreateIncomingAsync(clerk, $"Văn bản điện tử có chữ ký {tag}", $"15/STC-{tag}", ("files", "van-ban.pdf", pdf));

    private static JsonElement Scan(JsonElement doc) => doc.GetProperty("attachments")[0];

    [Fact]
    public async Task A_signed_scan_is_verified_when_it_enters_and_the_report_is_kept_and_shown()
    {
        using var clerk = await platform.ClientForAsync("vanthu.snv");
        var tag = Guid.NewGuid().ToString("N")[..10];
        var signed = await IndependentSigner.SignAsync(SamplePdf.Create($"Cong van {tag}"), platform.Pki.Pkcs12(platform.Pki.Good, "test-only"), "test-only");

        var doc = await ReceiveAsync(clerk, signed, tag);
        var scan = Scan(doc);
        Assert.Equal("valid", scan.GetProperty("signatureStatus").GetString());
        var check = scan.GetProperty("signature").GetProperty("signatures")[0];
        Assert.Equal("Nguyễn Văn An", check.GetProperty("signer").GetString());
        Assert.Equal("Sở Nội vụ tỉnh Thanh Hóa", check.GetProperty("organisation").GetString());
        Assert.Equal("good", check.GetProperty("revocation").GetString());

        // Kept with the document: a later read shows the same, and the page says it in Vietnamese.
        var id = doc.GetProperty("id").GetString();
        var again = await (await clerk.GetAsync($"/api/v1/incoming-documents/{id}")).ReadAsync();
        Assert.Equal("valid", Scan(again).GetProperty("signatureStatus").GetString());
        var page = await (await clerk.GetAsync($"/t/so-noi-vu/documents/incoming/{id}")).Content.ReadAsStringAsync();
        Assert.Contains("Chữ ký số hợp lệ", page, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Văn An", page, StringComparison.Ordinal);
        Assert.Equal("valid", await platform.ScalarAsync<string>($"select signature_status from documents.attachments where owner_id = '{id}'", role: "superuser"));
    }

    [Fact]
    public async Task A_revoked_signer_is_invalid_with_its_reason_and_an_unsigned_pdf_is_unsigned()
    {
        using var clerk = await platform.ClientForAsync("vanthu.snv");
        var tag = Guid.NewGuid().ToString("N")[..10];
        var revoked = await IndependentSigner.SignAsync(SamplePdf.Create($"Thu hoi {tag}"), platform.Pki.Pkcs12(platform.Pki.Revoked, "test-only"), "test-only");
        var scan = Scan(await ReceiveAsync(clerk, revoked, tag));
        Assert.Equal("invalid", scan.GetProperty("signatureStatus").GetString());
        Assert.Contains(scan.GetProperty("signature").GetProperty("signatures")[0].GetProperty("reasons").EnumerateArray(),
            r => r.GetString()!.Contains("revoked", StringComparison.Ordinal));

        var unsigned = Scan(await ReceiveAsync(clerk, SamplePdf.Create($"Khong ky {tag}"), tag + "u"));
        Assert.Equal("unsigned", unsigned.GetProperty("signatureStatus").GetString());
        var docx = await DocumentApi.CreateIncomingAsync(clerk, $"Văn bản Word {tag}", $"16/STC-{tag}", ("files", "a.docx", DocumentApi.Docx("x")));
        Assert.Equal(JsonValueKind.Null, Scan(docx).GetProperty("signatureStatus").ValueKind);
    }

    [Fact]
    public async Task A_document_delivered_from_another_tenant_is_verified_by_the_recipient_and_counts_as_signed_for_the_sender()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var subject = $"Công văn ký số liên thông {tag}";
        var signed = await IndependentSigner.SignAsync(SamplePdf.Create($"Lien thong {tag}"), platform.Pki.Pkcs12(platform.Pki.Good, "test-only"), "test-only");
        var (docId, _) = await DocumentExchangeTests.IssueCongVanAsync(platform, subject, signedPdf: signed);

        // The sender's signed copy was verified when it was uploaded.
        using var sender = await platform.ClientForAsync("vanthu.snv");
        var issued = await (await sender.GetAsync($"/api/v1/outgoing-documents/{docId}")).ReadAsync();
        Assert.Equal("valid", issued.GetProperty("attachments").EnumerateArray().Single(a => a.GetProperty("purpose").GetString() == "signed")
            .GetProperty("signatureStatus").GetString());

        using var recipient = await platform.ClientForAsync("vanthu.stc");
        var arrived = await DocumentApi.EventuallyAsync(() => DocumentExchangeTests.FindIncomingAsync(recipient, subject), "delivery to Sở Tài chính");
        var details = await (await recipient.GetAsync($"/api/v1/incoming-documents/{arrived.GetProperty("id").GetString()}")).ReadAsync();
        var file = Scan(details);
        Assert.Equal("valid", file.GetProperty("signatureStatus").GetString());
        Assert.Equal("Nguyễn Văn An", file.GetProperty("signature").GetProperty("signatures")[0].GetProperty("signer").GetString());
    }
}

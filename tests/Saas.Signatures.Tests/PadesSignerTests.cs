using System.Text;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Cms;
using Saas.Signatures.Pdf;
using Saas.Signatures.Signing;
using Saas.Signatures.Trust;
using Saas.Signatures.Verification;

namespace Saas.Signatures.Tests;

/// <summary>
/// PAdES signing with keys on a real SoftHSM2 token through PKCS#11, checked by the platform's verifier and by poppler's
/// pdfsig with the test CA trusted in NSS: classic and cross-reference-stream files, a second signature after a first,
/// a wrong PIN, a missing key, bad files, and tampering after signing.
/// </summary>
public sealed class PadesSignerTests : IClassFixture<PadesSignerTests.Token>
{
    public sealed class Token : IDisposable
    {
        public Token()
        {
            Pki = new TestPki();
            Hsm = new SoftHsmToken(Pki);
            Pdfsig = new Pdfsig(Pki);
        }

        public TestPki Pki { get; }

        public SoftHsmToken Hsm { get; }

        public Pdfsig Pdfsig { get; }

        public void Dispose()
        {
            Pdfsig.Dispose();
            Hsm.Dispose();
            Pki.Dispose();
        }
    }

    private readonly Token token;
    private readonly PadesSigner signer;

    public PadesSignerTests(Token fixture)
    {
        token = fixture;
        signer = new PadesSigner(fixture.Hsm.Provider, TimeProvider.System);
    }

    private PdfSigningRequest AsGood(string? reason = null) =>
        new(token.Pki.Good, [token.Pki.Root], SoftHsmToken.Key("signer-1001"), reason);

    private PdfSigningRequest AsSecond() => new(token.Pki.Second, [token.Pki.Root], SoftHsmToken.Key("signer-1004"));

    private SignatureReport Verify(byte[] pdf) => new PdfSignatureVerifier(TrustList.FromFolder(token.Pki.TrustFolder), TimeProvider.System).Verify(pdf);

    public static TheoryData<string> Layouts => ["table", "stream"];

    private static byte[] Sample(string layout, string text = "Quyet dinh so 15/QD-UBND") =>
        layout == "table" ? SamplePdf.Create(text) : SamplePdfWithXrefStream.Create(text);

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_pdf_signed_through_pkcs11_is_valid_for_the_platform_verifier_with_the_signers_name(string layout)
    {
        var original = Sample(layout);
        var signed = signer.Sign(original, AsGood("Ký ban hành"), SoftHsmToken.TestOnlyPin);

        Assert.True(signed.AsSpan(0, original.Length).SequenceEqual(original), "the update is appended; the original bytes are kept");
        var report = Verify(signed);
        Assert.Equal(SignatureStatus.Valid, report.Status);
        var s = Assert.Single(report.Signatures);
        Assert.Equal("Nguyễn Văn An", s.Signer);
        Assert.Equal("Sở Nội vụ tỉnh Thanh Hóa", s.Organisation);
        Assert.Equal("ETSI.CAdES.detached", s.SubFilter);
        Assert.True(s.Intact && s.ChainTrusted && s.ValidAtSigningTime && s.CoversWholeFile);
        Assert.InRange(s.SigningTime!.Value, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Pdfsig_reports_the_signature_valid_and_the_certificate_trusted(string layout)
    {
        var report = token.Pdfsig.Verify(signer.Sign(Sample(layout), AsGood(), SoftHsmToken.TestOnlyPin));

        Assert.Contains("Signature #1", report, StringComparison.Ordinal);
        Assert.Contains("Signer Certificate Common Name: Nguyễn Văn An", report, StringComparison.Ordinal);
        Assert.Contains("Signature Type: ETSI.CAdES.detached", report, StringComparison.Ordinal);
        Assert.Contains("Signature Validation: Signature is Valid.", report, StringComparison.Ordinal);
        Assert.Contains("Certificate Validation: Certificate is Trusted.", report, StringComparison.Ordinal);
        Assert.Contains("Total document signed", report, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cms_carries_the_signed_attributes_pades_baseline_requires()
    {
        var signed = signer.Sign(SamplePdf.Create("Thuoc tinh ky"), AsGood(), SoftHsmToken.TestOnlyPin);
        var field = Assert.Single(PdfSignatureLocator.Find(signed));
        var cms = new CmsSignedData(new CmsProcessableByteArray(PdfSignatureLocator.SignedBytes(signed, field)), field.Contents);
        var info = cms.GetSignerInfos().GetSigners().Single();

        Assert.Equal("2.16.840.1.101.3.4.2.1", info.DigestAlgorithmID.Algorithm.Id); // SHA-256
        var attributes = info.SignedAttributes;
        Assert.NotNull(attributes[PkcsObjectIdentifiers.Pkcs9AtContentType]);
        Assert.NotNull(attributes[PkcsObjectIdentifiers.Pkcs9AtMessageDigest]);
        Assert.NotNull(attributes[PkcsObjectIdentifiers.Pkcs9AtSigningTime]);
        var essCert = Org.BouncyCastle.Asn1.Ess.SigningCertificateV2.GetInstance(attributes[PkcsObjectIdentifiers.IdAASigningCertificateV2]!.AttrValues[0]);
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(token.Pki.Good.RawData), essCert.GetCerts()[0].GetCertHash());
        Assert.True(info.Verify(new Org.BouncyCastle.X509.X509Certificate(token.Pki.Good.RawData)));
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_second_signature_keeps_the_first_one_valid_in_both_verifiers(string layout)
    {
        var once = signer.Sign(Sample(layout), AsGood(), SoftHsmToken.TestOnlyPin);
        var twice = signer.Sign(once, AsSecond(), SoftHsmToken.TestOnlyPin);

        Assert.True(twice.AsSpan(0, once.Length).SequenceEqual(once));
        var report = Verify(twice);
        Assert.Equal(SignatureStatus.Valid, report.Status);
        Assert.Equal(["Nguyễn Văn An", "Phạm Thị Bình"], report.Signatures.Select(s => s.Signer));
        Assert.All(report.Signatures, s => Assert.True(s.Intact && s.ChainTrusted));
        Assert.False(report.Signatures[0].CoversWholeFile);
        Assert.True(report.Signatures[1].CoversWholeFile);

        var pdfsig = token.Pdfsig.Verify(twice);
        Assert.Contains("Signature #2", pdfsig, StringComparison.Ordinal);
        Assert.Equal(2, Count(pdfsig, "Signature Validation: Signature is Valid."));
        Assert.Equal(2, Count(pdfsig, "Certificate Validation: Certificate is Trusted."));
    }

    [Fact]
    public async Task A_pdf_signed_first_by_an_independent_signer_can_be_signed_again_and_both_stay_valid()
    {
        var first = await IndependentSigner.SignAsync(SamplePdf.Create("Van ban lien thong"), token.Pki.Pkcs12(token.Pki.Good, "test-only"), "test-only");
        var twice = signer.Sign(first, AsSecond(), SoftHsmToken.TestOnlyPin);

        var report = Verify(twice);
        Assert.Equal(SignatureStatus.Valid, report.Status);
        Assert.Equal(["Nguyễn Văn An", "Phạm Thị Bình"], report.Signatures.Select(s => s.Signer));
        // pdfsig cannot check @signpdf's own signature even before ours is added (node-forge re-encodes the Vietnamese
        // issuer name, so NSS finds no signer certificate): what matters is that our update leaves its verdict unchanged.
        var before = Sections(token.Pdfsig.Verify(first));
        var after = Sections(token.Pdfsig.Verify(twice));
        Assert.Equal(Validation(before[0]), Validation(after[0]));
        Assert.Equal("Signature is Valid.", Validation(after[1]));
    }

    private static string[] Sections(string pdfsig) => pdfsig.Split("Signature #", StringSplitOptions.RemoveEmptyEntries)[1..];

    private static string Validation(string section) =>
        section.Split('\n').Single(l => l.Contains("Signature Validation:", StringComparison.Ordinal)).Split("Signature Validation:")[1].Trim();

    [Fact]
    public void A_wrong_pin_is_refused_with_a_bilingual_message_and_no_output()
    {
        var original = SamplePdf.Create("Sai PIN");
        var copy = (byte[])original.Clone();
        byte[]? signed = null;

        var e = Assert.Throws<WrongPinException>(() => signed = signer.Sign(copy, AsGood(), "0000-wrong-test-only"));

        Assert.Null(signed);
        Assert.Equal("wrong_pin", e.Code);
        Assert.Equal("Sai mã PIN / Wrong PIN", e.Message);
        Assert.DoesNotContain("0000-wrong-test-only", e.ToString(), StringComparison.Ordinal);
        Assert.Equal(original, copy);
        // One wrong attempt does not lock the token: the right PIN still signs.
        Assert.Equal(SignatureStatus.Valid, Verify(signer.Sign(copy, AsGood(), SoftHsmToken.TestOnlyPin)).Status);
    }

    [Fact]
    public void A_missing_key_or_token_is_refused()
    {
        var pdf = SamplePdf.Create("Khong co khoa");
        var missingKey = Assert.Throws<SigningKeyNotFoundException>(() =>
            signer.Sign(pdf, AsGood() with { Key = SoftHsmToken.Key("signer-9999") }, SoftHsmToken.TestOnlyPin));
        Assert.Contains("Không tìm thấy khóa ký", missingKey.MessageVi, StringComparison.Ordinal);
        Assert.Throws<TokenNotFoundException>(() =>
            signer.Sign(pdf, AsGood() with { Key = new SigningKeyReference("no-such-token", "signer-1001") }, SoftHsmToken.TestOnlyPin));
    }

    [Fact]
    public void A_key_that_is_not_the_certificates_is_refused()
    {
        var e = Assert.Throws<KeyCertificateMismatchException>(() =>
            signer.Sign(SamplePdf.Create("Sai khoa"), AsGood() with { Key = SoftHsmToken.Key("signer-1004") }, SoftHsmToken.TestOnlyPin));
        Assert.Equal("key_certificate_mismatch", e.Code);
    }

    [Fact]
    public void Files_that_cannot_be_signed_are_refused_before_the_token_is_used()
    {
        // A wrong PIN would be reported if the token were reached first: the file is checked before the key is opened.
        const string wrongPin = "never-used-test-only";
        Assert.Throws<NotAPdfException>(() => signer.Sign("PK\u0003\u0004 not a pdf"u8.ToArray(), AsGood(), wrongPin));
        Assert.Throws<CorruptPdfException>(() => signer.Sign("%PDF-1.7\ngarbage without objects\n"u8.ToArray(), AsGood(), wrongPin));
        var encrypted = Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(SamplePdf.Create("Mat"))
            .Replace("/Root 1 0 R >>", "/Root 1 0 R /Encrypt << /Filter /Standard /V 1 /R 2 /O <" + new string('a', 64) + "> /U <" + new string('b', 64) + "> /P -4 >> /ID [<0123456789abcdef0123456789abcdef><0123456789abcdef0123456789abcdef>] >>", StringComparison.Ordinal));
        var e = Assert.Throws<EncryptedPdfException>(() => signer.Sign(encrypted, AsGood(), wrongPin));
        Assert.Contains("mã hóa", e.MessageVi, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Tampering_after_signing_is_invalid_in_both_verifiers(string layout)
    {
        var signed = signer.Sign(Sample(layout, "So tien 1000000 dong"), AsGood(), SoftHsmToken.TestOnlyPin);
        var at = Encoding.Latin1.GetString(signed).IndexOf("1000000", StringComparison.Ordinal);
        signed[at] = (byte)'9';

        var report = Verify(signed);
        Assert.Equal(SignatureStatus.Invalid, report.Status);
        Assert.False(Assert.Single(report.Signatures).Intact);
        var pdfsig = token.Pdfsig.Verify(signed);
        Assert.DoesNotContain("Signature is Valid.", pdfsig, StringComparison.Ordinal);
        Assert.Contains("Digest Mismatch", pdfsig, StringComparison.Ordinal);
    }

    [Fact]
    public void A_container_larger_than_the_reserved_room_is_refused()
    {
        var prepared = PdfSignaturePlaceholder.Prepare(SamplePdf.Create("Cho trong"), DateTimeOffset.UtcNow, room: 64);
        Assert.Throws<SignatureTooLargeException>(() => prepared.Complete(new byte[65]));
    }

    private static int Count(string text, string what)
    {
        var n = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal))
        {
            n++;
        }
        return n;
    }
}

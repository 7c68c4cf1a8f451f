using Saas.Signatures.Trust;
using Saas.Signatures.Verification;

namespace Saas.Signatures.Tests;

/// <summary>
/// Verification of PDFs signed by an independent signer (@signpdf/signpdf from npm with a PKCS#12 file): valid, and
/// tampered, wrongly chained, expired and revoked cases reported invalid with the right reason; unknown revocation is
/// stated as not checked, never assumed good.
/// </summary>
public sealed class PdfSignatureVerifierTests : IClassFixture<PdfSignatureVerifierTests.Pki>
{
    public sealed class Pki : IDisposable
    {
        public TestPki Value { get; } = new();

        public void Dispose() => Value.Dispose();
    }

    private readonly TestPki pki;

    public PdfSignatureVerifierTests(Pki fixture) => pki = fixture.Value;

    private PdfSignatureVerifier Verifier(string? trustFolder = null) => new(TrustList.FromFolder(trustFolder ?? pki.TrustFolder), TimeProvider.System);

    private async Task<byte[]> SignedByAsync(System.Security.Cryptography.X509Certificates.X509Certificate2 cert, string text = "Cong van so 12/SNV") =>
        await IndependentSigner.SignAsync(SamplePdf.Create(text), pki.Pkcs12(cert, "test-only"), "test-only");

    [Fact]
    public async Task A_pdf_signed_by_an_independent_signer_with_a_trusted_certificate_is_valid_with_the_fields_tt15_asks_for()
    {
        var report = Verifier().Verify(await SignedByAsync(pki.Good));
        Assert.Equal(SignatureStatus.Valid, report.Status);
        var s = Assert.Single(report.Signatures);
        Assert.Equal("Nguyễn Văn An", s.Signer);
        Assert.Equal("Sở Nội vụ tỉnh Thanh Hóa", s.Organisation);
        Assert.Equal("Test Root CA – Saas Thanh Hóa", s.IssuingCa);
        Assert.True(s.Intact && s.ChainTrusted && s.ValidAtSigningTime && s.CoversWholeFile);
        Assert.Equal(RevocationStatus.Good, s.Revocation);
        Assert.NotNull(s.SigningTime);
        Assert.InRange(s.SigningTime!.Value, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal(pki.Good.NotAfter.ToUniversalTime(), s.CertificateNotAfter.UtcDateTime);
        Assert.Equal("adbe.pkcs7.detached", s.SubFilter);
        Assert.Empty(s.Reasons);
    }

    [Fact]
    public async Task A_byte_changed_inside_the_signed_range_breaks_integrity()
    {
        var pdf = await SignedByAsync(pki.Good, "So tien 1000000 dong");
        var at = System.Text.Encoding.Latin1.GetString(pdf).IndexOf("1000000", StringComparison.Ordinal);
        pdf[at] = (byte)'9';
        var report = Verifier().Verify(pdf);
        Assert.Equal(SignatureStatus.Invalid, report.Status);
        var s = Assert.Single(report.Signatures);
        Assert.False(s.Intact);
        Assert.Contains(s.Reasons, r => r.Contains("digest mismatch", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bytes_appended_after_the_signature_are_reported_as_a_change_after_signing()
    {
        var signed = await SignedByAsync(pki.Good);
        var report = Verifier().Verify([.. signed, .. "\n% appended\n"u8.ToArray()]);
        Assert.Equal(SignatureStatus.Invalid, report.Status);
        var s = Assert.Single(report.Signatures);
        Assert.True(s.Intact);
        Assert.False(s.CoversWholeFile);
        Assert.Contains(s.Reasons, r => r.Contains("changed after it was signed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_certificate_from_a_root_outside_the_trust_list_is_not_trusted()
    {
        var report = Verifier().Verify(await SignedByAsync(pki.Foreign));
        var s = Assert.Single(report.Signatures);
        Assert.Equal(SignatureStatus.Invalid, report.Status);
        Assert.True(s.Intact);
        Assert.False(s.ChainTrusted);
        Assert.Contains(s.Reasons, r => r.Contains("does not chain to a trusted root", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_certificate_expired_before_signing_time_is_invalid_at_signing_time()
    {
        var s = Assert.Single(Verifier().Verify(await SignedByAsync(pki.Expired)).Signatures);
        Assert.False(s.ValidAtSigningTime);
        Assert.False(s.Valid);
        Assert.Contains(s.Reasons, r => r.Contains("not valid at signing time", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_revoked_certificate_is_reported_revoked_from_the_trust_lists_crl()
    {
        var report = Verifier().Verify(await SignedByAsync(pki.Revoked));
        var s = Assert.Single(report.Signatures);
        Assert.Equal(SignatureStatus.Invalid, report.Status);
        Assert.Equal(RevocationStatus.Revoked, s.Revocation);
        Assert.Contains(s.Reasons, r => r.Contains("revoked", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_crl_for_the_issuer_revocation_is_stated_as_not_checked_never_assumed_good()
    {
        var noCrl = Directory.CreateTempSubdirectory("saas-trust-").FullName;
        File.Copy(Path.Combine(pki.TrustFolder, "root.crt"), Path.Combine(noCrl, "root.crt"));
        var report = Verifier(noCrl).Verify(await SignedByAsync(pki.Good));
        Assert.Equal(SignatureStatus.Indeterminate, report.Status);
        Assert.Equal(RevocationStatus.NotChecked, Assert.Single(report.Signatures).Revocation);
    }

    [Fact]
    public void An_unsigned_pdf_is_unsigned_and_a_broken_byte_range_is_a_clear_error_not_an_exception()
    {
        Assert.Equal(SignatureStatus.Unsigned, Verifier().Verify(SamplePdf.Create("khong ky")).Status);
        var broken = System.Text.Encoding.Latin1.GetBytes("%PDF-1.7\n1 0 obj << /Type /Sig /ByteRange [0 10 999999 5] /Contents <3082> >> endobj\n%%EOF\n");
        var report = Verifier().Verify(broken);
        Assert.Equal(SignatureStatus.Invalid, report.Status);
        Assert.Contains("cannot be read", report.Error, StringComparison.Ordinal);
    }
}

using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Cms;
using Saas.Platform.Text;
using Saas.Signatures.Pdf;
using Saas.Signatures.Trust;
using CmsAttributes = Org.BouncyCastle.Asn1.Cms.CmsAttributes;

namespace Saas.Signatures.Verification;

/// <summary>
/// Checks every signature of a PDF: integrity of the signed byte ranges (the CMS message digest), the CMS signature
/// itself, the certificate chain to the deployment's trust list at the signing time, the certificate's validity at
/// that time, revocation against the known CRLs ("not checked" when none covers the issuer — never assumed good),
/// a timestamp token when present, and whether bytes were appended after the last signature.
/// </summary>
public sealed class PdfSignatureVerifier(TrustList trust, TimeProvider clock)
{
    public SignatureReport Verify(byte[] pdf)
    {
        var now = clock.GetUtcNow();
        IReadOnlyList<PdfSignatureField> fields;
        try
        {
            fields = PdfSignatureLocator.Find(pdf);
        }
        catch (MalformedSignatureException e)
        {
            return new SignatureReport(SignatureStatus.Invalid, [], now, Texts.Bilingual("signatures.verify.unreadable", e.Message));
        }
        if (fields.Count == 0)
        {
            return SignatureReport.Unsigned(now);
        }
        var checks = fields.Select(f => Check(pdf, f, now)).ToList();
        // Only the last signature may cover the whole file; earlier ones are followed by the later signatures' revisions.
        var last = fields[^1];
        if (!last.CoversWholeFile(pdf.Length))
        {
            checks[^1] = checks[^1] with
            {
                Reasons = [.. checks[^1].Reasons, Texts.Bilingual("signatures.verify.changed_after")],
            };
        }
        var status = checks.Any(c => !c.Valid) ? SignatureStatus.Invalid
            : checks.Any(c => c.Revocation == RevocationStatus.NotChecked) ? SignatureStatus.Indeterminate
            : SignatureStatus.Valid;
        return new SignatureReport(status, checks, now);
    }

    private SignatureCheck Check(byte[] pdf, PdfSignatureField field, DateTimeOffset now)
    {
        var reasons = new List<string>();
        CmsSignedData cms;
        SignerInformation signer;
        try
        {
            cms = new CmsSignedData(new CmsProcessableByteArray(PdfSignatureLocator.SignedBytes(pdf, field)), field.Contents);
            var signers = cms.GetSignerInfos().GetSigners();
            if (signers.Count != 1)
            {
                return Broken(field, Texts.Bilingual("signatures.verify.one_signer"));
            }
            signer = signers.First();
        }
        catch (Exception e) when (e is CmsException or IOException or ArgumentException or InvalidCastException)
        {
            return Broken(field, Texts.Bilingual("signatures.verify.cms_unreadable", e.Message));
        }
        var embedded = cms.GetCertificates().EnumerateMatches(null).ToList();
        // Issuer and serial first; some signers re-encode the issuer name (UTF-8 Vietnamese names), so the serial alone
        // is the fallback — the signature check below proves the key either way.
        var bcCert = embedded.FirstOrDefault(c => signer.SignerID.Match(c))
                     ?? embedded.FirstOrDefault(c => c.SerialNumber.Equals(signer.SignerID.SerialNumber));
        if (bcCert is null)
        {
            return Broken(field, Texts.Bilingual("signatures.verify.no_certificate"));
        }
        var cert = X509CertificateLoader.LoadCertificate(bcCert.GetEncoded());
        var extra = new X509Certificate2Collection();
        foreach (var c in embedded)
        {
            extra.Add(X509CertificateLoader.LoadCertificate(c.GetEncoded()));
        }
        var intact = false;
        try
        {
            // Checks that the message-digest attribute is the digest of the byte ranges and the signature over the attributes.
            intact = signer.Verify(bcCert);
        }
        catch (Exception e) when (e is CmsException or Org.BouncyCastle.Security.SecurityUtilityException or Org.BouncyCastle.Crypto.CryptoException)
        {
            intact = false;
        }
        if (!intact)
        {
            reasons.Add(Texts.Bilingual("signatures.verify.digest"));
        }

        var (time, timestamped) = SigningTime(signer);
        var at = time ?? now;
        var validThen = cert.NotBefore.ToUniversalTime() <= at.UtcDateTime && at.UtcDateTime <= cert.NotAfter.ToUniversalTime();
        if (!validThen)
        {
            reasons.Add(Texts.Bilingual("signatures.verify.not_valid_at", at));
        }
        var trusted = ChainTrusted(cert, extra, at, out var chainProblem);
        if (!trusted)
        {
            reasons.Add(chainProblem);
        }
        var revocation = Revocation(cert, extra, at);
        if (revocation == RevocationStatus.Revoked)
        {
            reasons.Add(Texts.Bilingual("signatures.verify.revoked"));
        }
        return new SignatureCheck(
            cert.GetNameInfo(X509NameType.SimpleName, forIssuer: false),
            Rdn(cert.SubjectName, "2.5.4.10"),
            cert.GetNameInfo(X509NameType.SimpleName, forIssuer: true),
            cert.SerialNumber,
            time,
            timestamped,
            new DateTimeOffset(cert.NotBefore.ToUniversalTime(), TimeSpan.Zero),
            new DateTimeOffset(cert.NotAfter.ToUniversalTime(), TimeSpan.Zero),
            intact,
            trusted,
            validThen,
            revocation,
            field.CoversWholeFile(pdf.Length),
            field.SubFilter,
            reasons,
            Convert.ToBase64String(cert.RawData));
    }

    private static SignatureCheck Broken(PdfSignatureField field, string reason) =>
        new(null, null, null, null, null, false, default, default, false, false, false, RevocationStatus.NotChecked, false, field.SubFilter, [reason], "");

    /// <summary>A timestamp token (RFC 3161) is the trustworthy time; else the signer's claimed signing-time attribute.</summary>
    private static (DateTimeOffset? Time, bool Timestamped) SigningTime(SignerInformation signer)
    {
        if (signer.UnsignedAttributes?[PkcsObjectIdentifiers.IdAASignatureTimeStampToken] is { } ts && ts.AttrValues.Count > 0
            && Rfc3161TimestampToken.TryDecode(ts.AttrValues[0].GetEncoded(), out var token, out _))
        {
            return (token.TokenInfo.Timestamp, true);
        }
        if (signer.SignedAttributes?[CmsAttributes.SigningTime] is { } st && st.AttrValues.Count > 0)
        {
            return (new DateTimeOffset(Org.BouncyCastle.Asn1.Cms.Time.GetInstance(st.AttrValues[0]).ToDateTime().ToUniversalTime(), TimeSpan.Zero), false);
        }
        return (null, false);
    }

    private bool ChainTrusted(X509Certificate2 cert, X509Certificate2Collection extra, DateTimeOffset at, out string problem)
    {
        problem = "";
        if (trust.Roots.Count == 0)
        {
            problem = Texts.Bilingual("signatures.verify.no_trust_list");
            return false;
        }
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(trust.Roots.ToArray());
        chain.ChainPolicy.ExtraStore.AddRange(extra);
        // Revocation is checked against the trust list's CRLs below; the platform has no network path to distribution points.
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = at.UtcDateTime;
        chain.ChainPolicy.VerificationTimeIgnored = false;
        if (chain.Build(cert))
        {
            return true;
        }
        var status = chain.ChainStatus.Select(s => s.Status).ToHashSet();
        problem = status.Contains(X509ChainStatusFlags.UntrustedRoot) || status.Contains(X509ChainStatusFlags.PartialChain)
            ? Texts.Bilingual("signatures.verify.untrusted_root")
            : status.Contains(X509ChainStatusFlags.NotTimeValid)
                ? Texts.Bilingual("signatures.verify.chain_time")
                : Texts.Bilingual("signatures.verify.chain_invalid", string.Join(", ", status));
        return false;
    }

    private RevocationStatus Revocation(X509Certificate2 cert, X509Certificate2Collection extra, DateTimeOffset at)
    {
        var bc = new Org.BouncyCastle.X509.X509CertificateParser().ReadCertificate(cert.RawData);
        var issuers = trust.Roots.Concat(extra.Cast<X509Certificate2>())
            .Where(i => i.SubjectName.RawData.AsSpan().SequenceEqual(cert.IssuerName.RawData))
            .Select(i => new Org.BouncyCastle.X509.X509CertificateParser().ReadCertificate(i.RawData)).ToList();
        foreach (var crl in trust.Crls.Where(c => c.IssuerDN.Equivalent(bc.IssuerDN)))
        {
            // A CRL counts only if its issuer's signature on it verifies.
            if (!issuers.Any(i => Verifies(crl, i)))
            {
                continue;
            }
            var entry = crl.GetRevokedCertificate(bc.SerialNumber);
            if (entry is not null && entry.RevocationDate <= at.UtcDateTime)
            {
                return RevocationStatus.Revoked;
            }
            if (crl.ThisUpdate <= DateTime.UtcNow)
            {
                return RevocationStatus.Good;
            }
        }
        return RevocationStatus.NotChecked;
    }

    private static bool Verifies(Org.BouncyCastle.X509.X509Crl crl, Org.BouncyCastle.X509.X509Certificate issuer)
    {
        try
        {
            crl.Verify(issuer.GetPublicKey());
            return true;
        }
        catch (Exception e) when (e is Org.BouncyCastle.Security.InvalidKeyException or Org.BouncyCastle.Security.SignatureException
                                   or Org.BouncyCastle.Crypto.CryptoException)
        {
            return false;
        }
    }

    private static string? Rdn(X500DistinguishedName name, string oid) =>
        name.EnumerateRelativeDistinguishedNames().FirstOrDefault(r => r.GetSingleElementType().Value == oid)?.GetSingleElementValue();
}

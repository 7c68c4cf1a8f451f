using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.Ess;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Cms;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.Utilities.Collections;
using BcAttribute = Org.BouncyCastle.Asn1.Cms.Attribute;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace Saas.Signatures.Signing;

/// <summary>
/// The CMS container of a PAdES signature (ETSI.CAdES.detached): detached SHA-256 over the PDF's byte ranges, with the
/// signed attributes content-type and message-digest (added by BouncyCastle), signing-certificate-v2 (ESS; required by
/// the PAdES baseline so the certificate cannot be swapped) and signing-time. BouncyCastle assembles it; the one
/// signature it needs is made by the key on the token through <see cref="TokenSignatureFactory"/>.
/// </summary>
public static class CadesDetachedSignature
{
    public static byte[] Create(byte[] signedContent, X509Certificate2 signer, IReadOnlyList<X509Certificate2> chain, ISigningKey key, DateTimeOffset signingTime)
    {
        var bcSigner = new BcCertificate(signer.RawData);
        var essId = new EssCertIDv2(
            DigestUtilities.CalculateDigest("SHA-256", signer.RawData),
            new IssuerSerial(new GeneralNames(new GeneralName(bcSigner.IssuerDN)), new DerInteger(bcSigner.SerialNumber)));
        var attributes = new Asn1EncodableVector
        {
            new BcAttribute(PkcsObjectIdentifiers.IdAASigningCertificateV2, new DerSet(new SigningCertificateV2([essId]))),
            new BcAttribute(CmsAttributes.SigningTime, new DerSet(new Org.BouncyCastle.Asn1.Cms.Time(signingTime.UtcDateTime))),
        };

        var generator = new CmsSignedDataGenerator();
        generator.AddSignerInfoGenerator(new SignerInfoGeneratorBuilder()
            .WithSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new Org.BouncyCastle.Asn1.Cms.AttributeTable(attributes)))
            .Build(new TokenSignatureFactory(key), bcSigner));
        var certificates = new List<BcCertificate> { bcSigner };
        certificates.AddRange(chain.Where(c => !c.RawData.AsSpan().SequenceEqual(signer.RawData)).Select(c => new BcCertificate(c.RawData)));
        generator.AddCertificates(CollectionUtilities.CreateStore(certificates));
        var cms = generator.Generate(new CmsProcessableByteArray(signedContent), encapsulate: false);

        // A key that is not the certificate's would give a container every verifier rejects; refuse it here instead.
        var signerInfo = cms.GetSignerInfos().GetSigners().Single();
        if (!signerInfo.Verify(bcSigner))
        {
            throw new KeyCertificateMismatchException();
        }
        return cms.GetEncoded(Asn1Encodable.Der);
    }
}

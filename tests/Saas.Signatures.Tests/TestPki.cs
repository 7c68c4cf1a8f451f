using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Saas.Signatures.Tests;

/// <summary>A throwaway test CA with the certificates the checks need: good, expired, revoked (with a CRL) and foreign.</summary>
public sealed class TestPki : IDisposable
{
    public TestPki()
    {
        Folder = Directory.CreateTempSubdirectory("saas-pki-").FullName;
        TrustFolder = Directory.CreateDirectory(Path.Combine(Folder, "trust")).FullName;
        Root = CreateRoot("Test Root CA – Saas Thanh Hóa");
        var foreignRoot = CreateRoot("Unknown Root CA");
        var now = DateTimeOffset.UtcNow;
        Good = Issue(Root, "Nguyễn Văn An", "Sở Nội vụ tỉnh Thanh Hóa", now.AddDays(-10), now.AddYears(1), 1001);
        Expired = Issue(Root, "Lê Thị Hết Hạn", "Sở Nội vụ tỉnh Thanh Hóa", now.AddYears(-2), now.AddDays(-30), 1002);
        Revoked = Issue(Root, "Trần Văn Thu Hồi", "Sở Tài chính tỉnh Thanh Hóa", now.AddDays(-10), now.AddYears(1), 1003);
        Foreign = Issue(foreignRoot, "Người Lạ", "Không rõ", now.AddDays(-10), now.AddYears(1), 2001);
        Second = Issue(Root, "Phạm Thị Bình", "Văn phòng UBND tỉnh Thanh Hóa", now.AddDays(-10), now.AddYears(1), 1004);
        File.WriteAllBytes(Path.Combine(TrustFolder, "root.crt"), Root.Export(X509ContentType.Cert));

        var crl = new CertificateRevocationListBuilder();
        crl.AddEntry(Revoked.SerialNumberBytes.ToArray(), now.AddDays(-1), X509RevocationReason.KeyCompromise);
        File.WriteAllBytes(Path.Combine(TrustFolder, "root.crl"), crl.Build(Root, BigInteger.One, now.AddDays(7), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1, now.AddMinutes(-5)));
    }

    public string Folder { get; }

    public string TrustFolder { get; }

    public X509Certificate2 Root { get; }

    public X509Certificate2 Good { get; }

    public X509Certificate2 Expired { get; }

    public X509Certificate2 Revoked { get; }

    public X509Certificate2 Foreign { get; }

    /// <summary>A second trusted signer (for a document signed twice).</summary>
    public X509Certificate2 Second { get; }

    /// <summary>A PKCS#12 file node-forge reads (3DES/SHA-1, as the independent signer requires).</summary>
    public string Pkcs12(X509Certificate2 cert, string passphrase)
    {
        var path = Path.Combine(Folder, $"{cert.SerialNumber}.p12");
        File.WriteAllBytes(path, cert.ExportPkcs12(Pkcs12ExportPbeParameters.Pkcs12TripleDesSha1, passphrase));
        return path;
    }

    private static X509Certificate2 CreateRoot(string name)
    {
        var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}, O=Test, C=VN", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddYears(-5), DateTimeOffset.UtcNow.AddYears(10));
    }

    private static X509Certificate2 Issue(X509Certificate2 issuer, string name, string organisation, DateTimeOffset from, DateTimeOffset to, long serial)
    {
        var key = RSA.Create(2048);
        var request = new CertificateRequest(new X500DistinguishedNameBuilder().Also(b =>
        {
            b.AddCountryOrRegion("VN");
            b.AddOrganizationName(organisation);
            b.AddCommonName(name);
        }).Build(), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer, true, false));
        // A minimal DER serial: a padded one is re-encoded by other tools and no longer matches issuer-and-serial.
        using var cert = request.Create(issuer, from, to, new BigInteger(serial).ToByteArray(isUnsigned: false, isBigEndian: true));
        return cert.CopyWithPrivateKey(key);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

internal static class BuilderExtensions
{
    public static X500DistinguishedNameBuilder Also(this X500DistinguishedNameBuilder b, Action<X500DistinguishedNameBuilder> add)
    {
        add(b);
        return b;
    }
}

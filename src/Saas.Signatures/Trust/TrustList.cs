using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using Org.BouncyCastle.X509;

namespace Saas.Signatures.Trust;

/// <summary>The trusted roots and the revocation lists known to the deployment, read from <see cref="TrustListOptions.TrustFolder"/>.</summary>
public sealed class TrustList
{
    public TrustList(IReadOnlyList<X509Certificate2> roots, IReadOnlyList<X509Crl> crls)
    {
        Roots = roots;
        Crls = crls;
    }

    public IReadOnlyList<X509Certificate2> Roots { get; }

    public IReadOnlyList<X509Crl> Crls { get; }

    public static TrustList FromOptions(IOptions<TrustListOptions> options) => FromFolder(options.Value.TrustFolder);

    public static TrustList FromFolder(string folder)
    {
        if (string.IsNullOrWhiteSpace(folder) || !Directory.Exists(folder))
        {
            return new([], []);
        }
        var roots = new List<X509Certificate2>();
        var crls = new List<X509Crl>();
        var parser = new X509CrlParser();
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            switch (Path.GetExtension(file).ToLowerInvariant())
            {
                case ".crt" or ".cer" or ".pem":
                    roots.Add(X509CertificateLoader.LoadCertificateFromFile(file));
                    break;
                case ".crl":
                    crls.Add(parser.ReadCrl(File.ReadAllBytes(file)));
                    break;
            }
        }
        return new(roots, crls);
    }
}

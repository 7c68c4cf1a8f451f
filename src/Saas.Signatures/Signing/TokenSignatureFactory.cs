using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;

namespace Saas.Signatures.Signing;

/// <summary>
/// BouncyCastle's signature hook over a token key: BouncyCastle streams the DER signed attributes into the calculator,
/// and the token signs them with CKM_SHA256_RSA_PKCS, so the private key is never in this process.
/// </summary>
internal sealed class TokenSignatureFactory(ISigningKey key) : ISignatureFactory
{
    public object AlgorithmDetails { get; } = new AlgorithmIdentifier(PkcsObjectIdentifiers.Sha256WithRsaEncryption, DerNull.Instance);

    public IStreamCalculator<IBlockResult> CreateCalculator() => new Calculator(key);

    private sealed class Calculator(ISigningKey key) : IStreamCalculator<IBlockResult>
    {
        private readonly MemoryStream buffer = new();

        public Stream Stream => buffer;

        public IBlockResult GetResult() => new SimpleBlockResult(key.SignSha256WithRsa(buffer.ToArray()));
    }
}

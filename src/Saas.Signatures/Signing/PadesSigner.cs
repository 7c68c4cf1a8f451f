using System.Security.Cryptography.X509Certificates;
using Saas.Signatures.Pdf;

namespace Saas.Signatures.Signing;

/// <param name="Certificate">The signer's certificate (its key is <paramref name="Key"/>).</param>
/// <param name="Chain">Intermediate and root certificates to embed, so a verifier can build the path offline.</param>
public sealed record PdfSigningRequest(X509Certificate2 Certificate, IReadOnlyList<X509Certificate2> Chain, SigningKeyReference Key, string? Reason = null);

/// <summary>
/// Signs a PDF (PAdES, ETSI.CAdES.detached) with a key on a token: the incremental update is prepared first (so a bad
/// file is refused before the token is touched), then the key is opened with the PIN, the CMS is made over the byte
/// ranges and written into the placeholder. The input is never modified; on any failure nothing is returned.
/// </summary>
public sealed class PadesSigner(ISigningKeyProvider keys, TimeProvider time)
{
    public byte[] Sign(byte[] pdf, PdfSigningRequest request, string pin)
    {
        var signingTime = time.GetUtcNow();
        var prepared = PdfSignaturePlaceholder.Prepare(pdf, signingTime, request.Reason);
        using var key = keys.Open(request.Key, pin);
        var cms = CadesDetachedSignature.Create(prepared.SignedBytes(), request.Certificate, request.Chain, key, signingTime);
        return prepared.Complete(cms);
    }
}

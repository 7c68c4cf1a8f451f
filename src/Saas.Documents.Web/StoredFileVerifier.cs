using Saas.Documents.Attachments;
using Saas.Files.Storage;
using Saas.Signatures.Verification;

namespace Saas.Documents.Web;

/// <summary>Reads a stored PDF and runs the signature verifier on it.</summary>
public sealed class StoredFileVerifier(IFileStore store, PdfSignatureVerifier verifier) : IStoredFileVerifier
{
    public async Task<SignatureReport?> VerifyAsync(string sha256, string mediaType, CancellationToken ct)
    {
        if (mediaType != "application/pdf")
        {
            return null;
        }
        await using var content = await store.OpenReadAsync(sha256, ct);
        if (content is null)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        return verifier.Verify(buffer.ToArray());
    }
}

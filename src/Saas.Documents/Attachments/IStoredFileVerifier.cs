using Saas.Signatures.Verification;

namespace Saas.Documents.Attachments;

/// <summary>
/// Verifies the digital signatures of a file already in the content-addressed store (supplied by the host, which
/// owns the store): every PDF that enters a tenant — uploaded, or delivered from another tenant — is checked by the
/// receiving side itself, never taken on the sender's word.
/// </summary>
public interface IStoredFileVerifier
{
    /// <returns>The report for a PDF; null for other files or when the bytes are not in the store.</returns>
    Task<SignatureReport?> VerifyAsync(string sha256, string mediaType, CancellationToken ct);
}

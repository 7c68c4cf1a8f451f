namespace Saas.Signatures.Signing;

/// <summary>
/// The states of a remote signing service of the SmartCA / MySign kind: the request is pushed to the signer's phone,
/// the signer confirms (or refuses), and the service returns the signature. Designed, not implemented: a provider
/// implements <see cref="IRemoteSigningService"/>, the workflow keeps the prepared PDF (<see cref="Pdf.PreparedPdfSignature"/>)
/// while the request is pending, and completes it with the same code a local token uses.
/// </summary>
public enum RemoteSigningStatus
{
    /// <summary>Pushed to the signer; nothing to do but poll (or wait for the callback).</summary>
    Pending,

    /// <summary>The signer confirmed; <see cref="RemoteSigningState.Signature"/> holds the raw signature or CMS.</summary>
    Confirmed,

    /// <summary>The signer refused on the phone. Final.</summary>
    Refused,

    /// <summary>The signer did not answer in time (typically a few minutes). Final; a new request is needed.</summary>
    Expired,
}

/// <param name="RequestId">The service's transaction id, stored with the pending document.</param>
/// <param name="Signature">When confirmed: a raw PKCS#1 signature over the signed attributes, or a whole CMS container
/// (services differ; <see cref="IsCms"/> says which).</param>
public sealed record RemoteSigningState(string RequestId, RemoteSigningStatus Status, byte[]? Signature = null, bool IsCms = false);

public interface IRemoteSigningService
{
    /// <summary>Pushes a request to sign <paramref name="digest"/> (SHA-256 of the DER signed attributes) to the signer.</summary>
    Task<RemoteSigningState> RequestAsync(string signerId, byte[] digest, string description, CancellationToken cancellationToken);

    Task<RemoteSigningState> GetStateAsync(string requestId, CancellationToken cancellationToken);
}

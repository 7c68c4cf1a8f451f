namespace Saas.Signatures.Signing;

/// <summary>Names a private key on a token: the token's label and the key's CKA_LABEL (one key per signer or agency).</summary>
public sealed record SigningKeyReference(string TokenLabel, string KeyLabel);

/// <summary>
/// Where private keys live (a PKCS#11 token: SoftHSM2 in development, an HSM or a USB token in production). The key never
/// leaves it; the caller gets a short-lived handle that signs. The PIN is used to log in and is not kept.
/// </summary>
public interface ISigningKeyProvider
{
    /// <exception cref="WrongPinException">The token refused the PIN.</exception>
    /// <exception cref="TokenNotFoundException">No token with that label.</exception>
    /// <exception cref="SigningKeyNotFoundException">No private key with that label on the token.</exception>
    ISigningKey Open(SigningKeyReference key, string pin);
}

/// <summary>A logged-in key. Dispose logs out, so the session does not outlive the one signature it was opened for.</summary>
public interface ISigningKey : IDisposable
{
    /// <summary>RSASSA-PKCS1-v1_5 with SHA-256 over <paramref name="data"/> (the token hashes it).</summary>
    byte[] SignSha256WithRsa(byte[] data);
}

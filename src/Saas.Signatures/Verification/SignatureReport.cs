using System.Text.Json;
using System.Text.Json.Serialization;

namespace Saas.Signatures.Verification;

/// <summary>Enums travel as kebab-case words (valid, not-checked) wherever a report is serialized: stored or in the API.</summary>
public sealed class KebabEnumConverter<T>() : JsonStringEnumConverter<T>(JsonNamingPolicy.KebabCaseLower)
    where T : struct, Enum;

/// <summary>Outcome of checking the signatures of one file.</summary>
[JsonConverter(typeof(KebabEnumConverter<SignatureStatus>))]
public enum SignatureStatus
{
    /// <summary>The file carries no digital signature.</summary>
    Unsigned,

    /// <summary>Every signature is valid: intact, trusted, valid at signing time, not revoked, nothing changed after.</summary>
    Valid,

    /// <summary>At least one signature fails a check (see its reasons).</summary>
    Invalid,

    /// <summary>Signatures are intact and trusted, but something could not be checked (revocation): stated, never assumed good.</summary>
    Indeterminate,
}

[JsonConverter(typeof(KebabEnumConverter<RevocationStatus>))]
public enum RevocationStatus
{
    Good,
    Revoked,
    NotChecked,
}

/// <summary>
/// What TT 15/2025/TT-BKHCN asks verification to show for each signature: the issuing CA, the signer and their
/// organisation, the signing time or timestamp, integrity, validity at signing time and the certificate's validity
/// period — plus the chain to the trust list and the revocation check, with the reasons a check failed.
/// </summary>
public sealed record SignatureCheck(
    string? Signer,
    string? Organisation,
    string? IssuingCa,
    string? SerialNumber,
    DateTimeOffset? SigningTime,
    bool Timestamped,
    DateTimeOffset CertificateNotBefore,
    DateTimeOffset CertificateNotAfter,
    bool Intact,
    bool ChainTrusted,
    bool ValidAtSigningTime,
    RevocationStatus Revocation,
    bool CoversWholeFile,
    string? SubFilter,
    IReadOnlyList<string> Reasons,
    string CertificateBase64)
{
    public bool Valid => Intact && ChainTrusted && ValidAtSigningTime && Revocation != RevocationStatus.Revoked && Reasons.Count == 0;
}

/// <summary>The report kept with a file: status, each signature's checks, and when the check was made.</summary>
public sealed record SignatureReport(SignatureStatus Status, IReadOnlyList<SignatureCheck> Signatures, DateTimeOffset CheckedAt, string? Error = null)
{
    public static SignatureReport Unsigned(DateTimeOffset at) => new(SignatureStatus.Unsigned, [], at);
}

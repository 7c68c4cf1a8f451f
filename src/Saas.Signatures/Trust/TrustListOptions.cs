namespace Saas.Signatures.Trust;

/// <summary>
/// <c>Signatures:TrustFolder</c>: the deployment's trust list — root certificates (<c>*.crt</c>, <c>*.cer</c>, <c>*.pem</c>)
/// and revocation lists (<c>*.crl</c>). In production: the national root of the Trung tâm Chứng thực điện tử quốc gia
/// (NEAC) and the government-specialised root of Ban Cơ yếu Chính phủ, with the CRLs of the CAs under them; in
/// development and tests, the throwaway test CA.
/// </summary>
public sealed class TrustListOptions
{
    public const string Section = "Signatures";

    public string TrustFolder { get; set; } = "";
}

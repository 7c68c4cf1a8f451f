namespace Saas.Signatures.Signing;

public sealed class Pkcs11Options
{
    public const string Section = "Signatures:Pkcs11";

    /// <summary>The PKCS#11 module: SoftHSM2 by default; an HSM's or a USB token's vendor library in production.</summary>
    public string Library { get; set; } = "/usr/lib/softhsm/libsofthsm2.so";
}

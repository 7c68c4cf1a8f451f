using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Saas.Signatures.Signing;

namespace Saas.Signatures.Tests;

/// <summary>
/// A throwaway SoftHSM2 token in a temporary folder (its own softhsm2.conf and token directory), with the test signers'
/// keys imported as PKCS#8 by softhsm2-util, and the real PKCS#11 provider over it. Nothing is mocked: signatures are
/// made by libsofthsm2.so through Pkcs11Interop.
/// </summary>
public sealed class SoftHsmToken : IDisposable
{
    public const string TokenLabel = "saas-test";

    /// <summary>TEST-ONLY PIN of a throwaway token; never a real one.</summary>
    public const string TestOnlyPin = "1234-test-only";

    private const string TestOnlySoPin = "so-1234-test-only";

    public SoftHsmToken(TestPki pki)
    {
        Pki = pki;
        Folder = Directory.CreateTempSubdirectory("saas-softhsm-").FullName;
        var tokens = Directory.CreateDirectory(Path.Combine(Folder, "tokens")).FullName;
        var conf = Path.Combine(Folder, "softhsm2.conf");
        File.WriteAllText(conf, $"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n");
        // libsofthsm2 reads SOFTHSM2_CONF with getenv(); Environment.SetEnvironmentVariable does not reach the native
        // environment on Linux, so set it with libc before the module is initialised.
        if (setenv("SOFTHSM2_CONF", conf, 1) != 0)
        {
            throw new InvalidOperationException("setenv SOFTHSM2_CONF failed");
        }
        // ...and child processes get the managed copy, so softhsm2-util is told explicitly (without it, it would write
        // into the machine's token directory).
        environment = new Dictionary<string, string> { ["SOFTHSM2_CONF"] = conf };
        ToolRunner.RunOk("softhsm2-util", environment, "--init-token", "--free", "--label", TokenLabel, "--so-pin", TestOnlySoPin, "--pin", TestOnlyPin);
        Import(pki.Good, "signer-1001");
        Import(pki.Second, "signer-1004");
        Provider = new Pkcs11SigningProvider(new Pkcs11Options());
    }

    private readonly Dictionary<string, string> environment;

    public TestPki Pki { get; }

    public string Folder { get; }

    public Pkcs11SigningProvider Provider { get; }

    public static SigningKeyReference Key(string label) => new(TokenLabel, label);

    private void Import(X509Certificate2 cert, string label)
    {
        var pem = Path.Combine(Folder, label + ".pem");
        using (var rsa = cert.GetRSAPrivateKey() ?? throw new InvalidOperationException("no key"))
        {
            File.WriteAllText(pem, rsa.ExportPkcs8PrivateKeyPem());
        }
        try
        {
            ToolRunner.RunOk("softhsm2-util", environment, "--import", pem, "--token", TokenLabel, "--label", label, "--id", Convert.ToHexString(RandomNumberGenerator.GetBytes(4)), "--pin", TestOnlyPin);
        }
        finally
        {
            // The key now lives on the token only.
            File.Delete(pem);
        }
    }

    [DllImport("libc", EntryPoint = "setenv")]
    private static extern int setenv([MarshalAs(UnmanagedType.LPUTF8Str)] string name, [MarshalAs(UnmanagedType.LPUTF8Str)] string value, int overwrite);

    public void Dispose()
    {
        Provider.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

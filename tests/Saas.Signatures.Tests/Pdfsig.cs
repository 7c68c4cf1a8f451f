namespace Saas.Signatures.Tests;

/// <summary>
/// poppler's pdfsig, a verifier nobody here wrote, with the test CA trusted in a throwaway NSS database
/// (certutil from libnss3-tools). pdfsig checks the signer for S/MIME signing, so the root is trusted for e-mail too
/// ("C,C,C"; "C,," trusts it for TLS only and pdfsig then says the issuer is not trusted). OCSP is left on: the test certificates name no
/// responder, so nothing is fetched, while <c>-no-ocsp</c> switches NSS to a policy under which pdfsig answers
/// "Unknown issue with Certificate" even for a trusted chain.
/// </summary>
public sealed class Pdfsig : IDisposable
{
    private readonly string folder;

    public Pdfsig(TestPki pki)
    {
        folder = Directory.CreateTempSubdirectory("saas-nss-").FullName;
        ToolRunner.RunOk("certutil", null, "-N", "--empty-password", "-d", $"sql:{folder}");
        ToolRunner.RunOk("certutil", null, "-A", "-n", "root", "-t", "C,C,C", "-i", Path.Combine(pki.TrustFolder, "root.crt"), "-d", $"sql:{folder}");
    }

    public string Verify(byte[] pdf)
    {
        var file = Path.Combine(folder, $"{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            // pdfsig exits non-zero for an invalid signature; the report is what the tests read.
            return ToolRunner.Run("pdfsig", ["-nssdir", $"sql:{folder}", file]).Output;
        }
        finally
        {
            File.Delete(file);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

using System.Diagnostics;

namespace Saas.Signatures.Tests;

/// <summary>Signs a PDF with @signpdf/signpdf from npm (installed by infra/dev/test.sh under .data/tools), a tool nobody here wrote.</summary>
public static class IndependentSigner
{
    private static string Modules =>
        Path.Combine(Environment.GetEnvironmentVariable("SAAS_REPO_ROOT") ?? throw new InvalidOperationException("SAAS_REPO_ROOT is not set: run the tests through infra/dev/test.sh"),
            ".data", "tools", "node_modules");

    public static async Task<byte[]> SignAsync(byte[] pdf, string p12, string passphrase)
    {
        var dir = Directory.CreateTempSubdirectory("saas-signpdf-").FullName;
        try
        {
            var input = Path.Combine(dir, "in.pdf");
            var output = Path.Combine(dir, "out.pdf");
            await File.WriteAllBytesAsync(input, pdf);
            var script = Path.Combine(AppContext.BaseDirectory, "tools", "signpdf-sign.cjs");
            var start = new ProcessStartInfo("node", [script, input, p12, passphrase, output]) { RedirectStandardError = true, RedirectStandardOutput = true };
            start.Environment["SIGNPDF_MODULES"] = Modules;
            using var process = Process.Start(start)!;
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"signpdf failed ({process.ExitCode}): {error}");
            }
            return await File.ReadAllBytesAsync(output);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}

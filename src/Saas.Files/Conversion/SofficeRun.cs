using System.Diagnostics;
using System.Text;

namespace Saas.Files.Conversion;

/// <summary>
/// One <c>soffice --headless --convert-to pdf</c> run in a job folder of its own, with the worker's private profile
/// (two LibreOffice processes sharing a profile block each other). The job folder is always removed; the PDF is
/// moved out of it into a file deleted when the returned stream closes.
/// </summary>
internal static class SofficeRun
{
    public static async Task<ConversionResult> ConvertAsync(string soffice, string profileFolder, string workFolder, TimeSpan timeout, ConversionJob job)
    {
        var jobFolder = Path.Combine(workFolder, StaleConversionFiles.Name(StaleConversionFiles.JobPrefix));
        Directory.CreateDirectory(jobFolder);
        try
        {
            var input = Path.Combine(jobFolder, "draft" + SafeExtension(job.Extension));
            await using (var file = File.Create(input))
            {
                await job.Content.CopyToAsync(file, job.Cancellation);
            }
            var outFolder = Path.Combine(jobFolder, "out");
            var (exited, output) = await RunAsync(soffice, profileFolder, input, outFolder, timeout, job.Cancellation);
            if (!exited)
            {
                job.Cancellation.ThrowIfCancellationRequested();
                return ConversionResult.Fail(ConversionFailure.Timeout, output);
            }
            var pdf = Path.Combine(outFolder, "draft.pdf");
            if (!File.Exists(pdf) || !StartsWithPdfHeader(pdf))
            {
                // LibreOffice exits 0 and only prints "source file could not be loaded" for a file it cannot read.
                return ConversionResult.Fail(ConversionFailure.Failed, output);
            }
            var kept = Path.Combine(workFolder, StaleConversionFiles.Name(StaleConversionFiles.OutputPrefix) + ".pdf");
            File.Move(pdf, kept);
            return ConversionResult.Ok(new FileStream(kept, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920,
                FileOptions.DeleteOnClose | FileOptions.Asynchronous));
        }
        finally
        {
            TryDelete(jobFolder);
        }
    }

    /// <returns>Whether the process ended by itself within the timeout, and what it printed.</returns>
    private static async Task<(bool Exited, string Output)> RunAsync(string soffice, string profileFolder, string input, string outFolder,
        TimeSpan timeout, CancellationToken ct)
    {
        var psi = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     "-env:UserInstallation=" + new Uri(profileFolder).AbsoluteUri, "--headless", "--norestore", "--nologo", "--nolockcheck",
                     "--convert-to", "pdf", "--outdir", outFolder, input,
                 })
        {
            psi.ArgumentList.Add(arg);
        }
        var output = new StringBuilder();
        using var process = new Process { StartInfo = psi };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
            return (true, Text(output));
        }
        catch (OperationCanceledException)
        {
            // soffice is a script that starts oosplash, which starts soffice.bin: only the whole tree stops the rendering.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            return (false, Text(output));
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            if (output.Length < 4000)
            {
                output.AppendLine(line);
            }
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString().Trim();
        }
    }

    private static bool StartsWithPdfHeader(string path)
    {
        Span<byte> head = stackalloc byte[5];
        using var file = File.OpenRead(path);
        return file.ReadAtLeast(head, 5, throwOnEndOfStream: false) == 5 && head.SequenceEqual("%PDF-"u8);
    }

    /// <summary>Only a plain extension reaches the command line; LibreOffice also sniffs the content itself.</summary>
    private static string SafeExtension(string extension) =>
        extension is { Length: > 1 and <= 6 } && extension[0] == '.' && extension[1..].All(char.IsAsciiLetterOrDigit) ? extension.ToLowerInvariant() : ".docx";

    internal static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

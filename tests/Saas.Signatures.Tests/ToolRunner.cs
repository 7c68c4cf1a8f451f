using System.Diagnostics;

namespace Saas.Signatures.Tests;

/// <summary>Runs a command-line tool (softhsm2-util, certutil, pdfsig) and returns its exit code and output.</summary>
internal static class ToolRunner
{
    public static (int ExitCode, string Output) Run(string file, IEnumerable<string> args, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        foreach (var (k, v) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[k] = v;
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish in 60 s");
        }
        return (process.ExitCode, stdout + stderr.Result);
    }

    public static string RunOk(string file, IDictionary<string, string>? environment, params string[] args)
    {
        var (code, output) = Run(file, args, environment);
        return code == 0 ? output : throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {code}: {output}");
    }
}

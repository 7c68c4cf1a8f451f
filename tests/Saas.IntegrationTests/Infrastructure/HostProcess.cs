using System.Diagnostics;
using System.Net;

namespace Saas.IntegrationTests.Infrastructure;

/// <summary>A real Saas.Host process (as operators run it), listening on its own port.</summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private HostProcess(Process process, StreamWriter log, int port)
    {
        _process = process;
        _log = log;
        Port = port;
        BaseUrl = $"http://localhost:{port}";
    }

    public int Port { get; }

    /// <summary>The operating-system process, for tests that measure it (memory under a decompression bomb).</summary>
    public int ProcessId => _process.Id;

    public string BaseUrl { get; }

    public string LogPath { get; private set; } = "";

    public static async Task<HostProcess> StartAsync(string name, int port, IEnumerable<string> args)
    {
        var logPath = Path.Combine(TestEnvironment.Work, $"host-{name}-{port}.log");
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(TestEnvironment.HostDll);
        psi.ArgumentList.Add("serve");
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        psi.ArgumentList.Add("--urls");
        psi.ArgumentList.Add($"http://localhost:{port}");
        var process = Process.Start(psi)!;
        var log = new StreamWriter(logPath) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, log, port) { LogPath = logPath };
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Host {name} exited with {process.ExitCode}: {await File.ReadAllTextAsync(logPath)}");
            }
            try
            {
                using var response = await http.GetAsync($"{host.BaseUrl}/health/live");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"Host {name} did not start: {await File.ReadAllTextAsync(logPath)}");
    }

    /// <summary>kill -9: no shutdown, no finished jobs, no goodbye to the cluster.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    /// <summary>What the host has written to its console so far.</summary>
    public async Task<string> OutputAsync()
    {
        await using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }
}

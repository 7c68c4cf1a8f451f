using System.Diagnostics;
using Npgsql;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Edge;

/// <summary>
/// A second, real development identity server from the same realm file whose access tokens live one second, so a test
/// can hold a genuinely expired token within a minute instead of waiting out the realm's five.
/// </summary>
public sealed class ShortTokenIdentityServer : IAsyncDisposable
{
    private readonly Process _process;

    private ShortTokenIdentityServer(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    public string Url { get; }

    public string TokenEndpoint => $"{Url}/realms/thanh-hoa/protocol/openid-connect/token";

    public static async Task<ShortTokenIdentityServer> StartAsync(int port, int lifetimeSeconds)
    {
        const string database = "devidentity_short";
        await using (var conn = new NpgsqlConnection(TestEnvironment.SuperuserConnectionString("postgres")))
        {
            await conn.OpenAsync();
            await using var exists = new NpgsqlCommand($"select 1 from pg_database where datname = '{database}'", conn);
            if (await exists.ExecuteScalarAsync() is null)
            {
                await using var create = new NpgsqlCommand($"create database {database}", conn);
                await create.ExecuteNonQueryAsync();
            }
        }
        var url = $"http://localhost:{port}";
        var log = Path.Combine(TestEnvironment.Work, $"devidentity-short-{port}.log");
        var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[]
        {
            TestEnvironment.DevIdentityDll, "--urls", url, "--Realm:PublicUrl", url,
            "--Realm:File", Path.Combine(TestEnvironment.RepoRoot, "infra", "keycloak", "realm-thanh-hoa.json"),
            "--DataProtection:Folder", Path.Combine(TestEnvironment.Work, $"devidentity-short-{port}"),
            "--ConnectionStrings:DevIdentity", TestEnvironment.SuperuserConnectionString(database),
            "--Tokens:AccessTokenLifetimeSeconds", lifetimeSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })
        {
            psi.ArgumentList.Add(a);
        }
        var process = Process.Start(psi)!;
        var writer = new StreamWriter(log) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (writer) { writer.WriteLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (writer) { writer.WriteLine(e.Data); } } };
        process.Exited += (_, _) => { lock (writer) { writer.Dispose(); } };
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ShortTokenIdentityServer(process, url);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var deadline = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < deadline; await Task.Delay(200))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"identity server exited with {process.ExitCode}; see {log}");
            }
            try
            {
                using var health = await http.GetAsync($"{url}/health");
                if (health.IsSuccessStatusCode)
                {
                    return server;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
        }
        await server.DisposeAsync();
        throw new TimeoutException($"identity server did not start; see {log}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}

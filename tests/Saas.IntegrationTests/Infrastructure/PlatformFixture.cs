using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Saas.Host;
using Saas.Platform.Data;
using Saas.Platform.Scheduling;
using Saas.Tenancy.Apply;

namespace Saas.IntegrationTests.Infrastructure;

/// <summary>
/// One migrated database with tenants/thanh-hoa applied, a running host process on :18080 (the port the
/// realm's redirect URIs allow), and an in-process service provider on the same database for service-level tests.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    /// <summary>18080 unless SAAS_TEST_APP_PORT says otherwise (18081 is the other port the realm's redirect URIs allow).</summary>
    public static readonly int MainPort = int.TryParse(Environment.GetEnvironmentVariable("SAAS_TEST_APP_PORT"), out var p) ? p : 18080;
    public const string Database = "saas_it";

    public HostProcess Host { get; private set; } = null!;

    public WebApplication Services { get; private set; } = null!;

    public ApplyReport FirstApply { get; private set; } = null!;

    /// <summary>The throwaway test CA the main host trusts (Signatures:TrustFolder), with a CRL revoking one certificate.</summary>
    public Saas.Signatures.Tests.TestPki Pki { get; } = new();

    public string BaseUrl => Host.BaseUrl;

    public async Task InitializeAsync()
    {
        Services = SaasHost.Build([.. TestEnvironment.HostArgs(Database), "--Scheduling:Enabled", "false"]);
        await Services.Services.GetRequiredService<SchemaMigrator>().MigrateAsync();
        await QuartzSchemaProvisioner.ProvisionAsync(TestEnvironment.OwnerConnectionString(Database),
            Services.Services.GetRequiredService<ILoggerFactory>());
        FirstApply = await Services.Services.GetRequiredService<TenantApplier>().ApplyAsync(TestEnvironment.TenantsFolder);
        if (!FirstApply.Succeeded)
        {
            throw new InvalidOperationException(string.Join('\n', FirstApply.Lines()));
        }
        Host = await HostProcess.StartAsync("main", MainPort,
            [.. TestEnvironment.HostArgs(Database), "--Scheduling:Enabled", "false", "--Signatures:TrustFolder", Pki.TrustFolder]);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Services.DisposeAsync();
        Pki.Dispose();
    }

    /// <summary>An API client acting as the given demo user, optionally naming a tenant with X-Tenant.</summary>
    public async Task<HttpClient> ClientForAsync(string username, string? tenant = null)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Tokens.ForAsync(username));
        if (tenant is not null)
        {
            client.DefaultRequestHeaders.Add("X-Tenant", tenant);
        }
        return client;
    }

    public HttpClient Anonymous() => new() { BaseAddress = new Uri(BaseUrl) };

    public NpgsqlConnection OpenAs(string role, string? database = null)
    {
        var cs = role switch
        {
            "app" => TestEnvironment.AppConnectionString(database ?? Database),
            "owner" => TestEnvironment.OwnerConnectionString(database ?? Database),
            _ => TestEnvironment.SuperuserConnectionString(database ?? Database),
        };
        var conn = new NpgsqlConnection(cs);
        conn.Open();
        return conn;
    }

    public async Task<T?> ScalarAsync<T>(string sql, string role = "owner", string? database = null)
    {
        await using var conn = OpenAs(role, database);
        await using var cmd = new NpgsqlCommand(sql, conn);
        var value = await cmd.ExecuteScalarAsync();
        return value is DBNull or null ? default : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}

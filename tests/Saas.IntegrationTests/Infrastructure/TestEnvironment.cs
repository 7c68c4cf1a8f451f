namespace Saas.IntegrationTests.Infrastructure;

/// <summary>Where the real services started by infra/dev/test.sh listen.</summary>
public static class TestEnvironment
{
    public static int PgPort => int.Parse(Required("SAAS_TEST_PG_PORT"), System.Globalization.CultureInfo.InvariantCulture);

    public static string Redis => Required("SAAS_TEST_REDIS");

    public static string Oidc => Required("SAAS_TEST_OIDC");

    public static string RepoRoot => Required("SAAS_REPO_ROOT");

    /// <summary>The S3-compatible server (s3rver) that test.sh starts, with bucket <c>saas-it</c> and credentials S3RVER/S3RVER.</summary>
    public static string S3 => Required("SAAS_TEST_S3");

    public static string Work => Required("SAAS_TEST_WORK");

    public static string Config => Environment.GetEnvironmentVariable("SAAS_TEST_CONFIG") ?? "Release";

    public static string? Chromium => Environment.GetEnvironmentVariable("SAAS_TEST_CHROMIUM") is { Length: > 0 } c ? c : null;

    /// <summary>Where the TLS-terminating nginx of test.sh listens (https://localhost:port).</summary>
    public static int TlsPort => int.Parse(Required("SAAS_TEST_TLS_PORT"), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The port nginx proxies to: the edge tests start their host there.</summary>
    public static int EdgeAppPort => int.Parse(Required("SAAS_TEST_EDGE_APP_PORT"), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The throwaway self-signed certificate nginx serves; the edge clients trust exactly this one.</summary>
    public static string TlsCertificate => Required("SAAS_TEST_TLS_CERT");

    public static string DevIdentityDll => Path.Combine(RepoRoot, "src", "Saas.DevIdentity", "bin", Config, "net10.0", "Saas.DevIdentity.dll");

    public static string HostDll => Path.Combine(RepoRoot, "src", "Saas.Host", "bin", Config, "net10.0", "Saas.Host.dll");

    /// <summary>One content-addressed store shared by every host process of the run, as in production.</summary>
    public static string FilesRoot => Path.Combine(Work, "files");

    /// <summary>The hosts' conversion work folder under the run's folder (created here: the host requires it to exist).</summary>
    public static string ConversionFolder => Directory.CreateDirectory(Path.Combine(Work, "conversion")).FullName;

    public static string TenantsFolder => Path.Combine(RepoRoot, "tenants", "thanh-hoa");

    public static string AppConnectionString(string database) =>
        $"Host=127.0.0.1;Port={PgPort};Database={database};Username=saas_app;Password=dev-only-app;Maximum Pool Size=50";

    public static string OwnerConnectionString(string database) =>
        $"Host=127.0.0.1;Port={PgPort};Database={database};Username=saas_owner;Password=dev-only-owner";

    public static string SuperuserConnectionString(string database) =>
        $"Host=127.0.0.1;Port={PgPort};Database={database};Username=postgres";

    /// <summary>Configuration arguments for a host against the given database.</summary>
    public static List<string> HostArgs(string database, string? redis = null) =>
    [
        "--Database:ConnectionString", AppConnectionString(database),
        "--Database:OwnerConnectionString", OwnerConnectionString(database),
        "--Redis:Configuration", redis ?? Redis,
        "--Keycloak:AuthServerUrl", Oidc,
        "--Tenancy:ManifestFolder", TenantsFolder,
        "--Files:LocalRoot", FilesRoot,
        "--Files:TenantMaxBytes:so-tai-chinh", "1048576",
        // Test hosts are killed, not stopped, so their LibreOffice profiles stay behind: inside the run's folder, which test.sh removes.
        "--Conversion:WorkFolder", ConversionFolder,
        "--Logging:Format", "simple",
        "--Logging:LogLevel:Default", "Warning",
        // Every test comes from 127.0.0.1: the public limits would make unrelated tests depend on each other's timing.
        // PublicRateLimitTests starts its own host with small limits.
        "--OneStop:PublicLimits:LookupsPerMinute", "10000",
        "--OneStop:PublicLimits:SubmissionsPerMinute", "10000",
    ];

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name)
        ?? throw new InvalidOperationException($"{name} is not set: run the tests through infra/dev/test.sh");
}

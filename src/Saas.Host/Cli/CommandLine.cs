using Saas.Platform.Data;
using Saas.Platform.Demo;
using Saas.Platform.Scheduling;
using Saas.Tenancy.Apply;
using Saas.Tenancy.Catalog;

namespace Saas.Host.Cli;

/// <summary>
/// Operator verbs of the host: <c>migrate</c>, <c>tenants apply &lt;folder&gt;</c>, and (default) <c>serve</c>.
/// Everything after the verb that starts with -- is configuration, as for the web host.
/// </summary>
public static class CommandLine
{
    public static async Task<int> RunAsync(string[] args)
    {
        var verbs = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var options = args[verbs.Length..];
        switch (verbs)
        {
            case [] or ["serve"]:
                await SaasHost.Build(options).RunAsync();
                return 0;
            case ["migrate"]:
                return await MigrateAsync(SaasHost.Build(options));
            case ["tenants", "apply", var folder]:
                return await ApplyAsync(SaasHost.Build(options), folder);
            case ["seed-demo"]:
                return await SeedDemoAsync(SaasHost.Build(options));
            default:
                await Console.Error.WriteLineAsync(
                    """
                    Usage: Saas.Host [serve] [--config-key value ...]
                           Saas.Host migrate
                           Saas.Host tenants apply <folder>
                           Saas.Host seed-demo [--Seed:Tenants 200] [--Seed:Documents 1000000] [--Seed:Applications 500000] [--Seed:WorkFiles 20000] [--Seed:Year 2026]
                                     [--Seed:OutgoingShare 0.15] [--Seed:Parallelism 2] [--Seed:RandomSeed n]
                    """);
                return 2;
        }
    }

    private static async Task<int> MigrateAsync(WebApplication app)
    {
        var migrator = app.Services.GetRequiredService<SchemaMigrator>();
        var applied = await migrator.MigrateAsync();
        var options = app.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()!;
        await QuartzSchemaProvisioner.ProvisionAsync(options.OwnerConnectionString, app.Services.GetRequiredService<ILoggerFactory>());
        // Tenants placed in their own databases get the same schema there.
        var catalog = app.Services.GetRequiredService<ITenantCatalog>();
        foreach (var placement in (await catalog.ListAsync()).Select(t => t.DatabasePlacement).OfType<string>().Distinct())
        {
            applied = [.. applied, .. await migrator.MigrateAsync(placement)];
        }
        Console.WriteLine(applied.Count == 0 ? "Database is up to date." : $"Applied {applied.Count} migration(s): {string.Join(", ", applied)}");
        return 0;
    }

    /// <summary>
    /// Every module's <see cref="IDemoSeeder"/> in order, with the <c>Seed</c> section as options and the active tenants of
    /// the catalogue: the seeders themselves live next to the schemas they write.
    /// </summary>
    private static async Task<int> SeedDemoAsync(WebApplication app)
    {
        var options = app.Configuration.GetSection("Seed").GetChildren().Where(c => c.Value is not null)
            .ToDictionary(c => c.Key, c => c.Value!, StringComparer.OrdinalIgnoreCase);
        var context = new DemoSeedContext(options, new Dictionary<string, object>());
        context.SetTenants((await app.Services.GetRequiredService<ITenantCatalog>().ListAsync()).Select(t => t.ToInfo()));
        return await DemoSeedRunner.RunAsync(app.Services.GetServices<IDemoSeeder>(), context, CancellationToken.None);
    }

    private static async Task<int> ApplyAsync(WebApplication app, string folder)
    {
        var applier = app.Services.GetRequiredService<TenantApplier>();
        var report = await applier.ApplyAsync(folder);
        foreach (var line in report.Lines())
        {
            (report.Succeeded ? Console.Out : Console.Error).WriteLine(line);
        }
        return report.Succeeded ? 0 : 1;
    }
}

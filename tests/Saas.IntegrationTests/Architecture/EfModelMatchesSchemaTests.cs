using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Saas.IntegrationTests.Infrastructure;
using Saas.Platform.MultiTenancy;

namespace Saas.IntegrationTests.Architecture;

/// <summary>
/// The EF model matches the SQL schema: for every table of every module's DbContext, the mapped columns are selected
/// from the migrated test database (<c>select c1, c2 … from schema.table limit 0</c>), so a column renamed in a
/// migration but not in the mapping (or the other way round) fails here instead of on the first request that reads it.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class EfModelMatchesSchemaTests(PlatformFixture platform)
{
    /// <summary>The development identity server keeps its own database (OpenIddict's tables), not migrated by the platform.</summary>
    private static readonly HashSet<string> OtherDatabases = ["Saas.DevIdentity.Data.DevIdentityDbContext"];

    private static IEnumerable<Type> ContextTypes() =>
        Directory.GetFiles(AppContext.BaseDirectory, "Saas.*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(n => !n!.EndsWith(".Tests", StringComparison.Ordinal) && n is not ("Saas.UnitTests" or "Saas.IntegrationTests"))
            .Select(n => Assembly.Load(new AssemblyName(n!)))
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsSubclassOf(typeof(DbContext)) && !t.IsAbstract && !OtherDatabases.Contains(t.FullName!));

    [Fact]
    public async Task Every_mapped_column_of_every_module_context_exists_in_the_migrated_database()
    {
        var cs = TestEnvironment.SuperuserConnectionString(PlatformFixture.Database);
        await using var scope = platform.Services.Services.GetRequiredService<ITenantScopeFactory>().CreatePlatformScope();
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        var problems = new List<string>();
        var checkedTables = new List<string>();
        foreach (var type in ContextTypes())
        {
            var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(type))!;
            builder.UseNpgsql(cs).UseSnakeCaseNamingConvention();
            await using var context = (DbContext)ActivatorUtilities.CreateInstance(scope.ServiceProvider, type, builder.Options);
            foreach (var table in context.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables)
            {
                var name = $"{Quote(table.Schema ?? "public")}.{Quote(table.Name)}";
                var sql = $"select {string.Join(", ", table.Columns.Select(c => Quote(c.Name)))} from {name} limit 0";
                checkedTables.Add($"{type.Name}: {name}");
                try
                {
                    await using var cmd = new NpgsqlCommand(sql, conn);
                    await cmd.ExecuteNonQueryAsync();
                }
                catch (PostgresException e)
                {
                    problems.Add($"{type.Name} → {name}: {e.MessageText}");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.Contains(checkedTables, t => t.Contains("\"documents\".\"incoming_documents\"", StringComparison.Ordinal));
        Assert.Contains(checkedTables, t => t.Contains("\"workfiles\".\"work_files\"", StringComparison.Ordinal));
        Assert.Contains(checkedTables, t => t.Contains("\"onestop\".\"applications\"", StringComparison.Ordinal));
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

using System.Text.RegularExpressions;

namespace Saas.UnitTests.Architecture;

/// <summary>
/// Each module's SQL touches only its own schema: its migrations (<c>Migrations/*.sql</c>) and the SQL string literals of
/// its sources. What a module needs of another's data it asks through that module's interfaces (IDocumentDirectory,
/// IIndicatorFactSource…), so a table can change with its module alone. A module's web project counts as the module.
/// </summary>
public sealed partial class ModuleSqlSchemaTests
{
    /// <summary>Kernel projects: the platform schemas (tenants, audit, outbox, jobs, idempotency keys, Quartz) are theirs.</summary>
    private static readonly string[] Kernel = ["Saas.Platform", "Saas.Tenancy", "Saas.Identity", "Saas.Web", "Saas.Host"];

    /// <summary>Schema → the projects that may touch it. Every schema a migration creates must be listed.</summary>
    private static readonly Dictionary<string, string[]> Owners = new(StringComparer.Ordinal)
    {
        ["documents"] = ["Saas.Documents"],
        ["onestop"] = ["Saas.OneStop"],
        ["workfiles"] = ["Saas.WorkFiles"],
        ["statistics"] = ["Saas.Statistics"],
        ["organization"] = ["Saas.Organization"],
        ["platform"] = Kernel,
        ["audit"] = Kernel,
        ["quartz"] = Kernel,
    };

    /// <summary>Functions of the platform every module calls by design (row-level security of a module's own tables).</summary>
    private static readonly HashSet<string> PlatformFunctions = ["platform.isolate_tenant_table"];

    /// <summary>
    /// Known crossings, each with its reason; fix them rather than add more. A listed crossing that no longer occurs
    /// is harmless (the code moved or was fixed) and may be deleted.
    /// </summary>
    private static readonly Dictionary<(string Project, string Table), string> Exceptions = new()
    {
        [("Saas.Statistics", "platform.tenants")] =
            "DashboardCache and UnitDirectory stamp their caches with count/max(updated_at) of the tenant catalogue; " +
            "to replace with a change stamp on ITenantDirectory (Tenancy owns the table).",
    };

    private static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Saas.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Saas.sln not found above " + AppContext.BaseDirectory);
    }

    private static IEnumerable<string> Projects() =>
        Directory.GetDirectories(Path.Combine(Root, "src"), "Saas.*").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    /// <summary>(file, schema, name) of every qualified reference in a project's migrations and SQL literals.</summary>
    private static IEnumerable<(string File, string Schema, string Name)> References(string project)
    {
        var dir = Path.Combine(Root, "src", project);
        var schemas = Owners.Keys.ToHashSet();
        var migrations = Directory.Exists(Path.Combine(dir, "Migrations"))
            ? Directory.GetFiles(Path.Combine(dir, "Migrations"), "*.sql").Select(f => (File: f, Sql: File.ReadAllText(f)))
            : [];
        var literals = Directory.GetFiles(dir, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => SqlText.CSharpLiterals(File.ReadAllText(f)).Where(SqlText.LooksLikeSql).Select(sql => (File: f, Sql: sql)));
        foreach (var (file, sql) in migrations.Concat(literals))
        {
            foreach (var (schema, name) in SqlText.References(sql, schemas))
            {
                yield return (Path.GetRelativePath(Root, file), schema, name);
            }
        }
    }

    public static TheoryData<string> ProjectNames() => [.. Projects()];

    [Theory]
    [MemberData(nameof(ProjectNames))]
    public void A_modules_sql_touches_only_its_own_schema(string project)
    {
        var module = SaasAssemblies.ModuleOf(project);
        var wrong = References(project)
            .Where(r => !Owners[r.Schema].Contains(module) && !PlatformFunctions.Contains($"{r.Schema}.{r.Name}")
                        && !Exceptions.ContainsKey((module, $"{r.Schema}.{r.Name}")))
            .Select(r => $"{r.File}: {r.Schema}.{r.Name}").Distinct().ToList();
        Assert.True(wrong.Count == 0, $"{project} touches another module's schema:\n{string.Join('\n', wrong)}");
    }

    [Fact]
    public void Every_schema_a_migration_creates_has_an_owner()
    {
        var created = Projects().SelectMany(p => Directory.Exists(Path.Combine(Root, "src", p, "Migrations"))
                ? Directory.GetFiles(Path.Combine(Root, "src", p, "Migrations"), "*.sql") : [])
            .SelectMany(f => CreateSchema().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value.ToLowerInvariant()))
            .Distinct().ToList();
        Assert.Contains("documents", created);
        Assert.All(created, s => Assert.True(Owners.ContainsKey(s), $"schema {s} has no owner in {nameof(ModuleSqlSchemaTests)}.{nameof(Owners)}"));
    }

    /// <summary>The scanner sees SQL at all: migrations, raw strings, and interpolated/verbatim literals in the sources.</summary>
    [Fact]
    public void The_scan_finds_the_modules_sql()
    {
        var documents = References("Saas.Documents").ToList();
        Assert.Contains(documents, r => r.File.EndsWith(".sql", StringComparison.Ordinal) && r.Name == "incoming_documents");
        Assert.Contains(documents, r => r.File.EndsWith(".cs", StringComparison.Ordinal) && r.Name == "register_counters");
        Assert.Equal([("documents", "incoming_documents")], SqlText.References("select 'workfiles.x' from documents.incoming_documents -- onestop.y", Owners.Keys.ToHashSet()));
        Assert.Equal(["a from onestop.applications", "select \"x\"", "raw from b"],
            SqlText.CSharpLiterals("var a = $\"a from onestop.applications\"; // from workfiles.c\nvar b = @\"select \"\"x\"\"\"; var c = '\"'; var d = \"\"\"raw from b\"\"\";"));
    }

    [GeneratedRegex(@"create\s+schema\s+(?:if\s+not\s+exists\s+)?(\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex CreateSchema();
}

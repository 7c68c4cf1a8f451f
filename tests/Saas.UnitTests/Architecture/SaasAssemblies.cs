using System.Reflection;
using System.Text.RegularExpressions;

namespace Saas.UnitTests.Architecture;

/// <summary>
/// Every <c>Saas.*</c> assembly of the application, found in the test's output folder (the host references them all),
/// so a project added later — a module's <c>Saas.&lt;Module&gt;.Web</c> — is checked by every rule without editing them.
/// </summary>
public static partial class SaasAssemblies
{
    /// <summary>Modules with business data of their own; none may reach into another.</summary>
    public static readonly IReadOnlySet<string> BusinessModules = new HashSet<string>(StringComparer.Ordinal)
    {
        "Saas.Documents", "Saas.OneStop", "Saas.WorkFiles", "Saas.Statistics",
    };

    /// <summary>Modules every other one may use (the platform's own services).</summary>
    public static readonly IReadOnlySet<string> KernelModules = new HashSet<string>(StringComparer.Ordinal)
    {
        "Saas.Tenancy", "Saas.Identity", "Saas.Organization", "Saas.Files", "Saas.Calendar", "Saas.Signatures",
    };

    public static readonly IReadOnlyList<Assembly> All = Load();

    public static Assembly Host => All.Single(a => a.GetName().Name == "Saas.Host");

    /// <summary>The modules' web layers: <c>Saas.Documents.Web</c> → <c>Saas.Documents</c> (not the web kernel <c>Saas.Web</c>).</summary>
    public static IEnumerable<(Assembly Web, string Module)> WebProjects() =>
        All.Select(a => (Web: a, Match: WebName().Match(a.GetName().Name!))).Where(x => x.Match.Success).Select(x => (x.Web, "Saas." + x.Match.Groups[1].Value));

    /// <summary>The module an assembly belongs to: itself, or the module of a web project.</summary>
    public static string ModuleOf(string assemblyName) => WebName().Match(assemblyName) is { Success: true } m ? "Saas." + m.Groups[1].Value : assemblyName;

    private static List<Assembly> Load() =>
        [.. Directory.GetFiles(AppContext.BaseDirectory, "Saas.*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(n => !IsTestAssembly(n!))
            .Order(StringComparer.Ordinal)
            .Select(n => Assembly.Load(new AssemblyName(n!)))];

    public static bool IsTestAssembly(string name) =>
        name.EndsWith(".Tests", StringComparison.Ordinal) || name is "Saas.UnitTests" or "Saas.IntegrationTests" or "DynamicProxyGenAssembly2";

    [GeneratedRegex(@"^Saas\.(\w+)\.Web$")]
    private static partial Regex WebName();
}

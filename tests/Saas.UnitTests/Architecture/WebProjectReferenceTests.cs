using NetArchTest.Rules;

namespace Saas.UnitTests.Architecture;

/// <summary>
/// A module's web layer (<c>Saas.&lt;Module&gt;.Web</c>) stands on its own module, the web kernel, the platform and the
/// kernel modules only: a page of one business module that needs another's data asks the host's cross-module views,
/// so that no business module's web layer can be built from another's services.
/// </summary>
public sealed class WebProjectReferenceTests
{
    private static HashSet<string> Allowed(string module) =>
        [module, "Saas.Web", "Saas.Platform", .. SaasAssemblies.KernelModules];

    /// <summary>A fact over every web project found (a theory without data would fail while none exists yet).</summary>
    [Fact]
    public void A_web_project_references_only_its_own_module_and_the_kernel()
    {
        var problems = new List<string>();
        foreach (var (assembly, module) in SaasAssemblies.WebProjects())
        {
            var web = assembly.GetName().Name!;
            var allowed = Allowed(module);
            var wrong = assembly.GetReferencedAssemblies().Select(a => a.Name!)
                .Where(n => n.StartsWith("Saas.", StringComparison.Ordinal) && !allowed.Contains(n)).ToList();
            if (wrong.Count > 0)
            {
                problems.Add($"{web} references {string.Join(", ", wrong)}: only {module}, Saas.Web, Saas.Platform and the kernel modules");
            }
            // The references name the assemblies; the dependency scan names the types that use another business module.
            var others = SaasAssemblies.BusinessModules.Where(m => m != module).ToArray();
            var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(others).GetResult();
            if (!result.IsSuccessful)
            {
                problems.Add($"{web} uses another business module in: {string.Join(", ", result.FailingTypeNames ?? [])}");
            }
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>The name pattern the rule relies on (it has nothing to check until the first web project exists).</summary>
    [Fact]
    public void The_rule_recognises_web_projects_by_name()
    {
        Assert.Equal("Saas.Documents", SaasAssemblies.ModuleOf("Saas.Documents.Web"));
        Assert.Equal("Saas.Web", SaasAssemblies.ModuleOf("Saas.Web"));
        Assert.DoesNotContain(SaasAssemblies.WebProjects(), w => w.Web.GetName().Name == "Saas.Web");
    }
}

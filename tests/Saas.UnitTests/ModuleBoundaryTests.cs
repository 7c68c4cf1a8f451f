using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using NetArchTest.Rules;
using Saas.UnitTests.Architecture;

namespace Saas.UnitTests;

/// <summary>
/// Each module owns its tables: no other assembly may depend on a module's DbContext. This is what makes the
/// documents module's access rule (DocumentAccess, behind IDocumentDirectory and its services) the only way any
/// other module reaches a document, and the work-files rule the only way to a work file. A module's own web project
/// (<c>Saas.Documents.Web</c>) is part of the module. Assemblies are discovered from the output folder
/// (<see cref="SaasAssemblies"/>), so new projects are covered as they appear.
/// </summary>
public sealed class ModuleBoundaryTests
{
    private static List<Type> ContextTypes() =>
        [.. SaasAssemblies.All.SelectMany(a => a.GetTypes()).Where(t => t.IsSubclassOf(typeof(DbContext)) && !t.IsAbstract)];

    public static TheoryData<string> Contexts() => [.. ContextTypes().Select(t => t.FullName!)];

    public static TheoryData<string> Assemblies() => [.. SaasAssemblies.All.Select(a => a.GetName().Name!)];

    [Theory]
    [MemberData(nameof(Contexts))]
    public void No_other_module_depends_on_a_modules_db_context(string context)
    {
        var owner = ContextTypes().Single(t => t.FullName == context).Assembly.GetName().Name!;
        var others = SaasAssemblies.All.Where(a => SaasAssemblies.ModuleOf(a.GetName().Name!) != owner).ToArray();
        var result = Types.InAssemblies(others).ShouldNot().HaveDependencyOn(context).GetResult();
        Assert.True(result.IsSuccessful, $"{context} is used outside {owner}: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    /// <summary>
    /// A module's internals are reachable from another assembly only through <c>InternalsVisibleTo</c>: it may name
    /// test assemblies and the module's own web project, never another module.
    /// </summary>
    [Theory]
    [MemberData(nameof(Assemblies))]
    public void No_module_opens_its_internals_to_another_module(string assembly)
    {
        var friends = SaasAssemblies.All.Single(a => a.GetName().Name == assembly).GetCustomAttributes<InternalsVisibleToAttribute>()
            .Select(a => a.AssemblyName.Split(',')[0].Trim())
            .Where(f => !SaasAssemblies.IsTestAssembly(f) && f != assembly + ".Web")
            .ToList();
        Assert.True(friends.Count == 0, $"{assembly} shows its internals to {string.Join(", ", friends)}");
    }

    [Fact]
    public void The_documents_and_work_files_contexts_are_among_those_checked()
    {
        var names = ContextTypes().Select(t => t.FullName).ToList();
        Assert.Contains("Saas.Documents.DocumentsDbContext", names);
        Assert.Contains("Saas.WorkFiles.WorkFilesDbContext", names);
    }

    [Fact]
    public void Every_module_is_discovered_from_the_output_folder()
    {
        var names = SaasAssemblies.All.Select(a => a.GetName().Name!).ToHashSet();
        foreach (var module in SaasAssemblies.BusinessModules.Concat(SaasAssemblies.KernelModules).Append("Saas.Platform").Append("Saas.Web").Append("Saas.Host"))
        {
            Assert.Contains(module, names);
        }
    }
}

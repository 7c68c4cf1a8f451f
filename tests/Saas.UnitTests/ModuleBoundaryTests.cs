using System.Reflection;
using Microsoft.EntityFrameworkCore;
using NetArchTest.Rules;

namespace Saas.UnitTests;

/// <summary>
/// Each module owns its tables: no other assembly may depend on a module's DbContext. This is what makes the
/// documents module's access rule (DocumentAccess, behind IDocumentDirectory and its services) the only way any
/// other module reaches a document, and the work-files rule the only way to a work file.
/// </summary>
public sealed class ModuleBoundaryTests
{
    private static readonly Assembly[] Modules = [.. typeof(Saas.Host.SaasHost).Assembly.GetReferencedAssemblies()
        .Where(a => a.Name!.StartsWith("Saas.", StringComparison.Ordinal))
        .Select(Assembly.Load)
        .Append(typeof(Saas.Host.SaasHost).Assembly)];

    private static List<string> ContextNames() =>
        [.. Modules.SelectMany(a => a.GetTypes()).Where(t => t.IsSubclassOf(typeof(DbContext)) && !t.IsAbstract).Select(t => t.FullName!)];

    public static TheoryData<string> Contexts() => [.. ContextNames()];

    [Theory]
    [MemberData(nameof(Contexts))]
    public void No_other_module_depends_on_a_modules_db_context(string context)
    {
        var owner = Modules.SelectMany(a => a.GetTypes()).Single(t => t.FullName == context).Assembly;
        var others = Modules.Where(a => a != owner).ToArray();
        var result = Types.InAssemblies(others).ShouldNot().HaveDependencyOn(context).GetResult();
        Assert.True(result.IsSuccessful, $"{context} is used outside {owner.GetName().Name}: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void The_documents_and_work_files_contexts_are_among_those_checked()
    {
        var names = ContextNames();
        Assert.Contains("Saas.Documents.DocumentsDbContext", names);
        Assert.Contains("Saas.WorkFiles.WorkFilesDbContext", names);
    }
}

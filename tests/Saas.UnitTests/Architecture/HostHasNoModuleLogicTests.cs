using Microsoft.EntityFrameworkCore;
using NetArchTest.Rules;

namespace Saas.UnitTests.Architecture;

/// <summary>
/// Saas.Host is the composition root: pipeline, authentication, layout and navigation, health, telemetry, the CLI and
/// genuinely cross-module views. It reaches a module through the module's services, never through its DbContext, and
/// it owns no table but the data-protection keys.
/// </summary>
public sealed class HostHasNoModuleLogicTests
{
    /// <summary>The one context Host may define: ASP.NET Core data protection needs an EF context for its key ring.</summary>
    private const string DataProtectionContext = "Saas.Host.Infrastructure.DataProtectionKeysDbContext";

    [Fact]
    public void No_host_type_depends_on_a_modules_db_context()
    {
        var contexts = SaasAssemblies.All.Where(a => a != SaasAssemblies.Host).SelectMany(a => a.GetTypes())
            .Where(t => t.IsSubclassOf(typeof(DbContext)) && !t.IsAbstract).Select(t => t.FullName!).ToArray();
        Assert.NotEmpty(contexts);
        var result = Types.InAssembly(SaasAssemblies.Host).ShouldNot().HaveDependencyOnAny(contexts).GetResult();
        Assert.True(result.IsSuccessful, $"Host types use a module's DbContext: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Host_defines_no_db_context_but_the_data_protection_keys()
    {
        var contexts = SaasAssemblies.Host.GetTypes().Where(t => t.IsSubclassOf(typeof(DbContext))).Select(t => t.FullName).ToList();
        Assert.Equal([DataProtectionContext], contexts);
    }

    /// <summary>No entity: no set of a Host type on any context, no EF mapping class in Host.</summary>
    [Fact]
    public void Host_defines_no_ef_entity()
    {
        var hostTypes = SaasAssemblies.Host.GetTypes().ToHashSet();
        var mapped = SaasAssemblies.All.SelectMany(a => a.GetTypes()).Where(t => t.IsSubclassOf(typeof(DbContext)))
            .SelectMany(c => c.GetProperties().Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(DbSet<>))
                .Select(p => (Context: c.Name, Entity: p.PropertyType.GetGenericArguments()[0])))
            .Where(x => hostTypes.Contains(x.Entity)).Select(x => $"{x.Context}.{x.Entity.Name}").ToList();
        Assert.True(mapped.Count == 0, $"EF entities defined in Host: {string.Join(", ", mapped)}");
        var configurations = SaasAssemblies.Host.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>)))
            .Select(t => t.FullName).ToList();
        Assert.True(configurations.Count == 0, $"EF mappings in Host: {string.Join(", ", configurations)}");
    }
}

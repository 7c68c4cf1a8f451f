using NetArchTest.Rules;
using Saas.Platform.MultiTenancy;

namespace Saas.UnitTests.Architecture;

/// <summary>
/// One way into a tenant or the platform scope: <see cref="ITenantScopeFactory"/> outside a request, the tenant resolution
/// middleware inside one. Nothing else can set a tenant or enter the platform scope.
/// </summary>
public sealed class TenantScopeEntryTests
{
    [Fact]
    public void The_tenant_setter_is_not_public()
    {
        var setter = typeof(ICurrentTenant).Assembly.GetType("Saas.Platform.MultiTenancy.ICurrentTenantSetter");
        Assert.NotNull(setter);
        Assert.False(setter.IsPublic);
    }

    [Fact]
    public void Only_the_tenant_resolution_middleware_names_a_requests_tenant()
    {
        var sink = typeof(ITenantResolutionSink).FullName!;
        var others = SaasAssemblies.All.Where(a => a.GetName().Name is not ("Saas.Platform" or "Saas.Tenancy")).ToArray();
        var outside = Types.InAssemblies(others).ShouldNot().HaveDependencyOn(sink).GetResult();
        Assert.True(outside.IsSuccessful, $"{sink} is used outside Saas.Tenancy: {string.Join(", ", outside.FailingTypeNames ?? [])}");
        var tenancy = SaasAssemblies.All.Single(a => a.GetName().Name == "Saas.Tenancy");
        var inside = Types.InAssembly(tenancy).That().DoNotHaveName("TenantResolutionMiddleware").ShouldNot().HaveDependencyOn(sink).GetResult();
        Assert.True(inside.IsSuccessful, $"{sink} is used beyond the resolution middleware: {string.Join(", ", inside.FailingTypeNames ?? [])}");
    }
}

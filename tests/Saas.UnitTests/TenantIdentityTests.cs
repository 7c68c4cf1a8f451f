using Saas.Tenancy.Catalog;

namespace Saas.UnitTests;

public sealed class TenantIdentityTests
{
    [Fact]
    public void Ids_derive_from_the_slug_so_apply_is_repeatable_in_any_database()
    {
        Assert.Equal(Tenant.IdFor("so-noi-vu"), Tenant.IdFor("so-noi-vu"));
        Assert.NotEqual(Tenant.IdFor("so-noi-vu"), Tenant.IdFor("so-tai-chinh"));
        Assert.Equal(5, Tenant.IdFor("so-noi-vu").Version);
    }
}

using System.Security.Claims;
using Microsoft.Extensions.Options;
using Saas.Identity.Keycloak;
using Saas.Identity.Memberships;

namespace Saas.UnitTests;

public sealed class KeycloakClaimsTransformationTests
{
    private static readonly KeycloakClaimsTransformation Transformation = new(Options.Create(new KeycloakOptions()));

    private static ClaimsPrincipal Token(params Claim[] claims) => new(new ClaimsIdentity(claims, "Bearer"));

    [Fact]
    public async Task Tenant_groups_become_memberships_and_other_groups_are_ignored()
    {
        var user = await Transformation.TransformAsync(Token(
            new Claim("groups", "/tenants/so-noi-vu/specialist"),
            new Claim("groups", "/tenants/phuong-hac-thanh/tenant-admin"),
            new Claim("groups", "/tenants/so-noi-vu/emperor"),
            new Claim("groups", "/other/so-tai-chinh/clerk")));

        Assert.Equal(
            [new TenantMembership("so-noi-vu", "specialist"), new TenantMembership("phuong-hac-thanh", "tenant-admin")],
            user.Memberships());
        Assert.True(user.HasTenantRole("phuong-hac-thanh", TenantRoles.TenantAdmin));
        Assert.False(user.IsMemberOf("so-tai-chinh"));
    }

    [Fact]
    public async Task Groups_sent_as_one_json_array_claim_are_understood()
    {
        var user = await Transformation.TransformAsync(Token(new Claim("groups", "[\"/tenants/ubnd-tinh/clerk\"]")));
        Assert.True(user.HasTenantRole("ubnd-tinh", TenantRoles.Clerk));
    }

    [Fact]
    public async Task Realm_and_client_roles_are_mapped()
    {
        var user = await Transformation.TransformAsync(Token(
            new Claim("realm_access", "{\"roles\":[\"platform-admin\",\"offline_access\"]}"),
            new Claim("resource_access", "{\"saas-web\":{\"roles\":[\"exporter\"]},\"account\":{\"roles\":[\"manage-account\"]}}")));
        Assert.True(user.IsPlatformAdmin());
        Assert.Equal(["exporter"], user.FindAll(SaasClaimTypes.ClientRole).Select(c => c.Value));
    }

    [Fact]
    public async Task Malformed_role_json_grants_nothing()
    {
        var user = await Transformation.TransformAsync(Token(new Claim("realm_access", "{not json")));
        Assert.False(user.IsPlatformAdmin());
    }

    [Fact]
    public async Task Transformation_is_idempotent()
    {
        var once = await Transformation.TransformAsync(Token(new Claim("groups", "/tenants/so-noi-vu/clerk")));
        var twice = await Transformation.TransformAsync(once);
        Assert.Single(twice.Memberships());
    }
}

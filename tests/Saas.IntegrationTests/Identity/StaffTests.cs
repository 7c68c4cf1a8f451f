using System.Net;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Identity;

/// <summary>Tenant admins manage roles through Keycloak's admin REST API; the change reaches the user's next token.</summary>
[Collection(PlatformCollection.Name)]
public sealed class StaffTests(PlatformFixture platform)
{
    [Fact]
    public async Task Tenant_admin_lists_staff_with_their_roles()
    {
        using var client = await platform.ClientForAsync("admin.snv");
        var staff = await (await client.GetAsync("/api/v1/staff")).ReadAsync();
        var clerk = staff.EnumerateArray().Single(s => s.GetProperty("username").GetString() == "vanthu.snv");
        Assert.Equal("clerk", Assert.Single(clerk.GetProperty("roles").EnumerateArray()).GetString());
        Assert.Contains(staff.EnumerateArray(), s => s.GetProperty("username").GetString() == "tran.thi.binh");
    }

    [Fact]
    public async Task Granting_and_revoking_a_role_changes_keycloak_and_the_users_memberships()
    {
        using var admin = await platform.ClientForAsync("admin.snv");
        var staff = await (await admin.GetAsync("/api/v1/staff")).ReadAsync();
        var userId = staff.EnumerateArray().Single(s => s.GetProperty("username").GetString() == "vanthu.snv").GetProperty("userId").GetString()
                     ?? throw new InvalidOperationException();

        using (var grant = await admin.PutAsync($"/api/v1/staff/{userId}/roles/leader", null))
        {
            Assert.Equal(HttpStatusCode.NoContent, grant.StatusCode);
        }
        var token = await Tokens.FreshAsync("vanthu.snv");
        using (var user = platform.Anonymous())
        {
            user.DefaultRequestHeaders.Authorization = new("Bearer", token);
            var me = await (await user.GetAsync("/api/v1/me")).ReadAsync();
            Assert.Contains(me.GetProperty("memberships").EnumerateArray(),
                m => m.GetProperty("tenant").GetString() == "so-noi-vu" && m.GetProperty("role").GetString() == "leader");
        }
        Assert.Equal(1, await platform.ScalarAsync<long>(
            $"select count(*) from audit.entries where action = 'staff.role-granted' and entity_id = '{userId}'", role: "superuser"));

        using (var revoke = await admin.DeleteAsync($"/api/v1/staff/{userId}/roles/leader"))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        }
        var after = await (await admin.GetAsync("/api/v1/staff")).ReadAsync();
        var roles = after.EnumerateArray().Single(s => s.GetProperty("username").GetString() == "vanthu.snv").GetProperty("roles");
        Assert.DoesNotContain(roles.EnumerateArray(), r => r.GetString() == "leader");
    }

    [Fact]
    public async Task Unknown_role_or_user_is_refused_and_nothing_changes()
    {
        using var admin = await platform.ClientForAsync("admin.snv");
        using var role = await admin.PutAsync("/api/v1/staff/00000000-0000-0000-0000-000000000001/roles/emperor", null);
        Assert.Equal(HttpStatusCode.BadRequest, role.StatusCode);
        Assert.True((await role.ReadAsync()).GetProperty("errors").TryGetProperty("role", out _));

        using var user = await admin.PutAsync("/api/v1/staff/00000000-0000-0000-0000-000000000001/roles/clerk", null);
        Assert.Equal(HttpStatusCode.NotFound, user.StatusCode);
    }
}

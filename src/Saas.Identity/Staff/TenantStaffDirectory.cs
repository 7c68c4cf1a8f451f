using Microsoft.Extensions.Options;
using Saas.Identity.Keycloak;
using Saas.Identity.Memberships;
using Saas.Platform.Auditing;

namespace Saas.Identity.Staff;

/// <summary>
/// Staff and roles of one tenant, read from and written to Keycloak groups /tenants/&lt;tenant&gt;/&lt;role&gt;.
/// Keycloak is the source of truth; every grant and revoke is audited in the tenant's log.
/// </summary>
public sealed class TenantStaffDirectory(KeycloakAdminClient keycloak, IOptions<KeycloakOptions> options, IAuditTrail audit)
{
    private string TenantPath(string tenant) => $"/{options.Value.TenantGroupsRoot.Trim('/')}/{tenant}";

    public async Task<IReadOnlyList<StaffMember>> ListAsync(string tenant, CancellationToken ct)
    {
        var group = await keycloak.GroupByPathAsync(TenantPath(tenant), ct);
        if (group is null)
        {
            return [];
        }
        var byUser = new Dictionary<string, (KeycloakUser User, List<string> Roles)>();
        foreach (var roleGroup in await keycloak.ChildrenAsync(group.Id, ct))
        {
            if (!TenantRoles.IsKnown(roleGroup.Name))
            {
                continue;
            }
            foreach (var user in await keycloak.MembersAsync(roleGroup.Id, ct))
            {
                if (!byUser.TryGetValue(user.Id, out var entry))
                {
                    byUser[user.Id] = entry = (user, []);
                }
                entry.Roles.Add(roleGroup.Name);
            }
        }
        return byUser.Values
            .Select(e => new StaffMember(e.User.Id, e.User.Username, e.User.DisplayName, e.User.Email,
                e.Roles.OrderBy(r => TenantRolesIndex(r)).ToList()))
            .OrderBy(s => s.DisplayName, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false))
            .ToList();
    }

    public Task<IReadOnlyList<KeycloakUser>> SearchUsersAsync(string query, CancellationToken ct) => keycloak.SearchUsersAsync(query, ct);

    /// <returns>false when the user does not exist.</returns>
    public async Task<bool> GrantAsync(string tenant, string userId, string role, CancellationToken ct)
    {
        var (user, roleGroup) = await FindAsync(tenant, userId, role, ct);
        if (user is null)
        {
            return false;
        }
        // Audited first, in the caller's transaction: if Keycloak refuses, the caller rolls the entry back.
        await audit.RecordAsync("staff.role-granted", "user", userId, null, new { user.Username, role }, ct: ct);
        await keycloak.JoinGroupAsync(userId, roleGroup.Id, ct);
        return true;
    }

    /// <returns>false when the user does not hold <paramref name="role"/> in this tenant (an unknown user, another
    /// tenant's member, or one of ours without that role): nothing to revoke, so nothing is audited either.</returns>
    public async Task<bool> RevokeAsync(string tenant, string userId, string role, CancellationToken ct)
    {
        var (user, roleGroup) = await FindAsync(tenant, userId, role, ct);
        if (user is null || !(await keycloak.MembersAsync(roleGroup.Id, ct)).Any(m => m.Id == user.Id))
        {
            return false;
        }
        await audit.RecordAsync("staff.role-revoked", "user", userId, new { user.Username, role }, null, ct: ct);
        await keycloak.LeaveGroupAsync(userId, roleGroup.Id, ct);
        return true;
    }

    /// <summary>Creates /tenants/&lt;tenant&gt; and its role groups where missing (onboarding).</summary>
    public async Task<KeycloakGroup> EnsureGroupsAsync(string tenant, CancellationToken ct)
    {
        var rootName = options.Value.TenantGroupsRoot.Trim('/');
        var root = await keycloak.GroupByPathAsync("/" + rootName, ct)
            ?? throw new InvalidOperationException($"Keycloak group /{rootName} is missing in the realm");
        var tenantGroup = await keycloak.GroupByPathAsync(TenantPath(tenant), ct)
            ?? await keycloak.CreateChildAsync(root.Id, tenant, ct);
        var existing = (await keycloak.ChildrenAsync(tenantGroup.Id, ct)).Select(g => g.Name).ToHashSet();
        foreach (var role in TenantRoles.All.Where(r => !existing.Contains(r)))
        {
            await keycloak.CreateChildAsync(tenantGroup.Id, role, ct);
        }
        return tenantGroup;
    }

    private async Task<(KeycloakUser? User, KeycloakGroup RoleGroup)> FindAsync(string tenant, string userId, string role, CancellationToken ct)
    {
        var tenantGroup = await EnsureGroupsAsync(tenant, ct);
        var roleGroup = (await keycloak.ChildrenAsync(tenantGroup.Id, ct)).First(g => g.Name == role);
        return (await keycloak.UserAsync(userId, ct), roleGroup);
    }

    private static int TenantRolesIndex(string role) => TenantRoles.All.ToList().IndexOf(role);
}

using Saas.Platform.MultiTenancy;
using Saas.Platform.Organization;

namespace Saas.Identity.Staff;

/// <summary>
/// <see cref="ITenantStaff"/> from Keycloak: a person is staff of the current tenant while they hold one of its role
/// groups. Read once per unit of work (one assignment names several people; Keycloak is asked once).
/// </summary>
public sealed class CurrentTenantStaff(TenantStaffDirectory directory, ICurrentTenant tenant) : ITenantStaff
{
    private HashSet<string>? _ids;

    public async Task<bool> IsStaffAsync(string userId, CancellationToken ct)
    {
        if (tenant.Tenant is not { } current)
        {
            return false;
        }
        _ids ??= [.. (await directory.ListAsync(current.Slug, ct)).Select(s => s.UserId)];
        return _ids.Contains(userId);
    }
}

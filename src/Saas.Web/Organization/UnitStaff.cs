using Saas.Identity.Staff;
using Saas.Organization.Units;
using Saas.Platform.MultiTenancy;

namespace Saas.Web.Organization;

/// <summary>
/// Puts a member of the tenant's staff into a unit: only people who hold a role in the tenant (Keycloak groups) can
/// join one of its units, and their name is taken from the identity server, not from the request.
/// </summary>
public sealed class UnitStaff(UnitDirectory units, TenantStaffDirectory staff, ICurrentTenant tenant)
{
    public async Task<Outcome<UnitMember>> AddAsync(string code, string? userId, bool isHead, CancellationToken ct)
    {
        if (!(await units.ActiveAsync(ct)).ContainsKey(code))
        {
            return Outcome<UnitMember>.NotFound();
        }
        var member = (await staff.ListAsync(tenant.Tenant!.Slug, ct)).FirstOrDefault(s => s.UserId == userId);
        if (member is null)
        {
            return Outcome<UnitMember>.Invalid("userId", "organization.member.not_staff");
        }
        return await units.SetMemberAsync(code, member.UserId, member.DisplayName, isHead, ct);
    }
}

using Saas.Identity.Staff;
using Saas.Organization.Units;
using Saas.Platform.MultiTenancy;
using Saas.Platform.Organization;

namespace Saas.Web.Organization;

/// <summary>
/// Who a document or task can be given to on the pages: the tenant's units first (as <c>unit:&lt;code&gt;</c>, so the
/// whole unit sees it and its head hands it on), then its people.
/// </summary>
public sealed class AssignableStaff(TenantStaffDirectory staff, IUnitDirectory units, ICurrentTenant tenant)
{
    public async Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken ct)
    {
        var people = await staff.ListAsync(tenant.Tenant!.Slug, ct);
        var groups = (await units.ListAsync(ct)).Select(u => new StaffMember(UnitHandles.Of(u.Code), u.Code, u.Name, null, ["unit"]));
        return [.. groups, .. people];
    }
}

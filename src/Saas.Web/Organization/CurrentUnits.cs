using Saas.Organization.Units;

namespace Saas.Web.Organization;

/// <summary>The signed-in user's units in the current tenant, loaded once per request.</summary>
public sealed class CurrentUnits
{
    public IReadOnlyList<UnitMembership> Memberships { get; internal set; } = [];

    /// <summary>Codes of the units this user heads.</summary>
    public IReadOnlyList<string> Headed => [.. Memberships.Where(m => m.IsHead).Select(m => m.Code)];
}

using Saas.Platform.MultiTenancy;
using Saas.Platform.Organization;

namespace Saas.Organization.Units;

/// <summary>Phòng, ban, bộ phận: a unit of a tenant that documents and tasks can be assigned to.</summary>
public sealed class Unit : ITenantOwned
{
    public Guid TenantId { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public int Sort { get; set; }

    public bool Active { get; set; } = true;

    public List<UnitMember> Members { get; set; } = [];

    /// <summary>How assignments name a unit (a person is named by their user id, which never contains ':').</summary>
    public string Handle => UnitHandles.Of(Code);
}

/// <summary>A person in a unit; the head (trưởng phòng) sees the unit's backlog.</summary>
public sealed class UnitMember : ITenantOwned
{
    public Guid TenantId { get; set; }

    public string UnitCode { get; set; } = "";

    public string UserId { get; set; } = "";

    public string UserName { get; set; } = "";

    public bool IsHead { get; set; }
}

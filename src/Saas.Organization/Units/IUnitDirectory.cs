using Saas.Platform.Organization;

namespace Saas.Organization.Units;

/// <summary>A person's place in the current tenant's units.</summary>
public sealed record UnitMembership(string Code, string Name, bool IsHead)
{
    public string Handle => UnitHandles.Of(Code);
}

/// <summary>What other modules may ask about the current tenant's units.</summary>
public interface IUnitDirectory
{
    /// <summary>Active units with their members, in the tenant's order.</summary>
    Task<IReadOnlyList<Unit>> ListAsync(CancellationToken ct);

    Task<IReadOnlyList<UnitMembership>> MembershipsOfAsync(string userId, CancellationToken ct);

    /// <summary>User ids of the members of the given units (for a head's backlog).</summary>
    Task<IReadOnlyList<string>> MembersOfAsync(IReadOnlyCollection<string> unitCodes, CancellationToken ct);
}

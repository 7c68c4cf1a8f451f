namespace Saas.DevIdentity.Realm;

// Immutable snapshots handed out by RealmDirectory, so callers never touch the mutable state
// outside its lock.
public sealed record UserView(
    string Id,
    string Username,
    string? FirstName,
    string? LastName,
    string? Email,
    bool EmailVerified,
    bool Enabled,
    IReadOnlyDictionary<string, List<string>> Attributes,
    string? ServiceAccountClientId,
    IReadOnlyList<string> GroupPaths,
    IReadOnlyList<string> RealmRoles,
    IReadOnlyDictionary<string, List<string>> ClientRoles)
{
    public string? Attribute(string name) => Attributes.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;
}

public sealed record GroupView(string Id, string Name, string Path, string? ParentId, int SubGroupCount, IReadOnlyList<GroupView> SubGroups);

public enum CreateGroupResult
{
    Created,
    ParentNotFound,
    Conflict,
}

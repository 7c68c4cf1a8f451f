using Saas.DevIdentity.Realm;

namespace Saas.DevIdentity.Admin;

// Keycloak Admin REST JSON shapes (serialized camelCase).
public sealed record AdminUser(
    string Id,
    string Username,
    string? FirstName,
    string? LastName,
    string? Email,
    bool EmailVerified,
    bool Enabled,
    IReadOnlyDictionary<string, List<string>> Attributes)
{
    public static AdminUser From(UserView user) => new(
        user.Id, user.Username, user.FirstName, user.LastName, user.Email, user.EmailVerified, user.Enabled, user.Attributes);
}

public sealed record AdminGroup(
    string Id,
    string Name,
    string Path,
    string? ParentId,
    int SubGroupCount,
    IReadOnlyList<AdminGroup> SubGroups,
    IReadOnlyDictionary<string, List<string>> Attributes,
    IReadOnlyList<string> RealmRoles,
    IReadOnlyDictionary<string, List<string>> ClientRoles)
{
    public static AdminGroup From(GroupView group) => new(
        group.Id, group.Name, group.Path, group.ParentId, group.SubGroupCount,
        [.. group.SubGroups.Select(From)], new Dictionary<string, List<string>>(), [], new Dictionary<string, List<string>>());
}

public sealed record NewGroup(string? Name);

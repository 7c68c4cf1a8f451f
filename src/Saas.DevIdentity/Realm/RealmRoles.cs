namespace Saas.DevIdentity.Realm;

// Expands Keycloak role mappings the way Keycloak fills realm_access / resource_access:
// every user implicitly has the realm's default role, and composite roles include their members.
public sealed class RealmRoles
{
    // Key: (clientId or "" for realm roles, role name).
    private readonly Dictionary<(string Client, string Name), List<(string Client, string Name)>> _composites = [];
    private readonly string? _defaultRole;

    public RealmRoles(RealmRepresentation realm)
    {
        _defaultRole = realm.DefaultRole?.Name;
        foreach (var role in realm.Roles.Realm)
        {
            Add(("", role.Name), role.Composites);
        }

        foreach (var (clientId, roles) in realm.Roles.Client)
        {
            foreach (var role in roles)
            {
                Add((clientId, role.Name), role.Composites);
            }
        }
    }

    public (IReadOnlyList<string> RealmRoles, IReadOnlyDictionary<string, IReadOnlyList<string>> ClientRoles) Expand(
        IEnumerable<string> realmRoles, IReadOnlyDictionary<string, List<string>> clientRoles)
    {
        var pending = new Stack<(string Client, string Name)>(realmRoles.Select(r => ("", r)));
        if (_defaultRole is not null)
        {
            pending.Push(("", _defaultRole));
        }

        foreach (var (client, names) in clientRoles)
        {
            foreach (var name in names)
            {
                pending.Push((client, name));
            }
        }

        var seen = new HashSet<(string Client, string Name)>();
        while (pending.TryPop(out var role))
        {
            if (!seen.Add(role))
            {
                continue;
            }

            foreach (var member in _composites.GetValueOrDefault(role) ?? [])
            {
                pending.Push(member);
            }
        }

        var realm = seen.Where(r => r.Client.Length == 0).Select(r => r.Name).Order(StringComparer.Ordinal).ToList();
        var clients = seen.Where(r => r.Client.Length > 0)
            .GroupBy(r => r.Client)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(r => r.Name).Order(StringComparer.Ordinal).ToList());
        return (realm, clients);
    }

    private void Add((string Client, string Name) key, RoleComposites? composites)
    {
        var members = new List<(string Client, string Name)>();
        members.AddRange((composites?.Realm ?? []).Select(name => ("", name)));
        foreach (var (client, names) in composites?.Client ?? [])
        {
            members.AddRange(names.Select(name => (client, name)));
        }

        _composites[key] = members;
    }
}

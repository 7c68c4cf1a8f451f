using System.Security.Cryptography;
using System.Text;

namespace Saas.DevIdentity.Realm;

// Users and groups of the realm, seeded from the realm file and kept IN MEMORY ONLY:
// changes made through the admin API (new groups, memberships) are lost on restart, which is
// what we want for a development server whose source of truth is the committed realm file.
public sealed class RealmDirectory
{
    private readonly Lock _gate = new();
    private readonly List<GroupNode> _roots = [];
    private readonly Dictionary<string, GroupNode> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UserEntry> _users = new(StringComparer.Ordinal);

    public RealmDirectory(RealmRepresentation realm)
    {
        foreach (var group in realm.Groups)
        {
            _roots.Add(AddGroup(group, parent: null));
        }

        foreach (var user in realm.Users)
        {
            var entry = new UserEntry(user, user.Id ?? Guid.NewGuid().ToString());
            foreach (var path in user.Groups)
            {
                var group = FindByPath(path) ?? throw new InvalidOperationException($"User '{user.Username}' refers to unknown group '{path}'.");
                entry.GroupIds.Add(group.Id);
            }

            _users.Add(entry.Id, entry);
        }
    }

    public UserView? FindUser(string id)
    {
        lock (_gate)
        {
            return _users.TryGetValue(id, out var user) ? View(user) : null;
        }
    }

    public UserView? FindServiceAccount(string clientId)
    {
        lock (_gate)
        {
            var user = _users.Values.FirstOrDefault(u => u.Rep.ServiceAccountClientId == clientId);
            return user is null ? null : View(user);
        }
    }

    // Keycloak accepts the username (case-insensitive) or, with loginWithEmailAllowed, the email.
    public UserView? ValidateCredentials(string login, string password)
    {
        lock (_gate)
        {
            var user = _users.Values.FirstOrDefault(u => u.Rep.ServiceAccountClientId is null &&
                (string.Equals(u.Rep.Username, login, StringComparison.OrdinalIgnoreCase) ||
                 string.Equals(u.Rep.Email, login, StringComparison.OrdinalIgnoreCase)));
            var expected = user?.Rep.Credentials.FirstOrDefault(c => c.Type == "password")?.Value;
            if (user is null || !user.Rep.Enabled || expected is null ||
                !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(password)))
            {
                return null;
            }

            return View(user);
        }
    }

    // Mirrors GET /admin/realms/{realm}/users: service-account users are never listed.
    public IReadOnlyList<UserView> SearchUsers(string? search, string? username, bool exact, int first, int max)
    {
        lock (_gate)
        {
            IEnumerable<UserEntry> users = _users.Values.Where(u => u.Rep.ServiceAccountClientId is null);
            if (!string.IsNullOrEmpty(username))
            {
                users = users.Where(u => exact
                    ? string.Equals(u.Rep.Username, username, StringComparison.OrdinalIgnoreCase)
                    : u.Rep.Username.Contains(username, StringComparison.OrdinalIgnoreCase));
            }

            if (!string.IsNullOrEmpty(search))
            {
                var term = search.Trim('*');
                users = users.Where(u => exact
                    ? new[] { u.Rep.Username, u.Rep.Email, u.Rep.FirstName, u.Rep.LastName }.Any(v => string.Equals(v, term, StringComparison.OrdinalIgnoreCase))
                    : new[] { u.Rep.Username, u.Rep.Email, u.Rep.FirstName, u.Rep.LastName }.Any(v => v?.Contains(term, StringComparison.OrdinalIgnoreCase) == true));
            }

            return users.OrderBy(u => u.Rep.Username, StringComparer.Ordinal).Skip(first).Take(max).Select(View).ToList();
        }
    }

    public IReadOnlyList<GroupView>? UserGroups(string userId)
    {
        lock (_gate)
        {
            return _users.TryGetValue(userId, out var user)
                ? user.GroupIds.Select(id => _groups[id]).OrderBy(g => g.Path, StringComparer.Ordinal).Select(g => Brief(g)).ToList()
                : null;
        }
    }

    // Returns false when either id is unknown (the admin API answers 404 then).
    public bool SetMembership(string userId, string groupId, bool member)
    {
        lock (_gate)
        {
            if (!_users.TryGetValue(userId, out var user) || !_groups.ContainsKey(groupId))
            {
                return false;
            }

            _ = member ? user.GroupIds.Add(groupId) : user.GroupIds.Remove(groupId);
            return true;
        }
    }

    // Keycloak's search returns the top-level groups whose subtree matches, pruned to the matching branches.
    public IReadOnlyList<GroupView> TopLevelGroups(string? search, int first, int max)
    {
        lock (_gate)
        {
            var roots = string.IsNullOrEmpty(search)
                ? _roots.Select(g => Brief(g))
                : _roots.Select(g => Matching(g, search)).OfType<GroupView>();
            return roots.OrderBy(g => g.Name, StringComparer.Ordinal).Skip(first).Take(max).ToList();
        }
    }

    public GroupView? Group(string id)
    {
        lock (_gate)
        {
            return _groups.TryGetValue(id, out var group) ? Full(group) : null;
        }
    }

    public GroupView? GroupByPath(string path)
    {
        lock (_gate)
        {
            var group = FindByPath(path);
            return group is null ? null : Full(group);
        }
    }

    public IReadOnlyList<GroupView>? Children(string id, int first, int max)
    {
        lock (_gate)
        {
            return _groups.TryGetValue(id, out var group)
                ? group.Children.OrderBy(c => c.Name, StringComparer.Ordinal).Skip(first).Take(max).Select(c => Brief(c)).ToList()
                : null;
        }
    }

    public (CreateGroupResult Result, string? Id) CreateChild(string parentId, string name)
    {
        lock (_gate)
        {
            if (!_groups.TryGetValue(parentId, out var parent))
            {
                return (CreateGroupResult.ParentNotFound, null);
            }

            if (parent.Children.Any(c => c.Name == name))
            {
                return (CreateGroupResult.Conflict, null);
            }

            var child = new GroupNode(Guid.NewGuid().ToString(), name, parent);
            parent.Children.Add(child);
            _groups.Add(child.Id, child);
            return (CreateGroupResult.Created, child.Id);
        }
    }

    // Direct members only, like Keycloak's /groups/{id}/members.
    public IReadOnlyList<UserView>? Members(string groupId, int first, int max)
    {
        lock (_gate)
        {
            return _groups.ContainsKey(groupId)
                ? _users.Values.Where(u => u.GroupIds.Contains(groupId))
                    .OrderBy(u => u.Rep.Username, StringComparer.Ordinal).Skip(first).Take(max).Select(View).ToList()
                : null;
        }
    }

    private GroupNode AddGroup(GroupRepresentation rep, GroupNode? parent)
    {
        var node = new GroupNode(rep.Id ?? Guid.NewGuid().ToString(), rep.Name, parent);
        _groups.Add(node.Id, node);
        foreach (var child in rep.SubGroups)
        {
            node.Children.Add(AddGroup(child, node));
        }

        return node;
    }

    private GroupNode? FindByPath(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var level = _roots;
        GroupNode? found = null;
        foreach (var segment in segments)
        {
            found = level.FirstOrDefault(g => g.Name == segment);
            if (found is null)
            {
                return null;
            }

            level = found.Children;
        }

        return found;
    }

    private UserView View(UserEntry user) => new(
        user.Id,
        user.Rep.Username,
        user.Rep.FirstName,
        user.Rep.LastName,
        user.Rep.Email,
        user.Rep.EmailVerified,
        user.Rep.Enabled,
        user.Rep.Attributes.ToDictionary(a => a.Key, a => a.Value.ToList()),
        user.Rep.ServiceAccountClientId,
        user.GroupIds.Select(id => _groups[id].Path).Order(StringComparer.Ordinal).ToList(),
        user.Rep.RealmRoles.ToList(),
        user.Rep.ClientRoles.ToDictionary(c => c.Key, c => c.Value.ToList()));

    private static GroupView Brief(GroupNode g) => new(g.Id, g.Name, g.Path, g.Parent?.Id, g.Children.Count, []);

    private static GroupView Full(GroupNode g) => new(g.Id, g.Name, g.Path, g.Parent?.Id, g.Children.Count,
        g.Children.OrderBy(c => c.Name, StringComparer.Ordinal).Select(Full).ToList());

    private static GroupView? Matching(GroupNode g, string search)
    {
        var children = g.Children.Select(c => Matching(c, search)).OfType<GroupView>().ToList();
        var selfMatches = g.Name.Contains(search, StringComparison.OrdinalIgnoreCase);
        return selfMatches || children.Count > 0
            ? new GroupView(g.Id, g.Name, g.Path, g.Parent?.Id, g.Children.Count, children)
            : null;
    }

    private sealed class GroupNode(string id, string name, GroupNode? parent)
    {
        public string Id { get; } = id;
        public string Name { get; } = name;
        public GroupNode? Parent { get; } = parent;
        public List<GroupNode> Children { get; } = [];
        public string Path => Parent is null ? "/" + Name : Parent.Path + "/" + Name;
    }

    private sealed class UserEntry(UserRepresentation rep, string id)
    {
        public UserRepresentation Rep { get; } = rep;
        public string Id { get; } = id;
        public HashSet<string> GroupIds { get; } = new(StringComparer.Ordinal);
    }
}

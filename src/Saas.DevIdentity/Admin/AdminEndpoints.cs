using Saas.DevIdentity.Realm;

namespace Saas.DevIdentity.Admin;

// The subset of Keycloak's Admin REST API the platform uses, with Keycloak's paths, defaults and codes.
// State changes go to the in-memory RealmDirectory only (lost on restart, by design).
public static class AdminEndpoints
{
    // Keycloak's defaults: 100 for user/member listings, 10 for /children, unlimited for /groups.
    private const int DefaultMax = 100;
    private const int DefaultChildrenMax = 10;

    public static void MapKeycloakAdmin(this WebApplication app, RealmUrls urls)
    {
        var read = app.MapGroup(urls.AdminPath).AddEndpointFilter(new AdminRoleFilter("view-users", "manage-users"));
        var write = app.MapGroup(urls.AdminPath).AddEndpointFilter(new AdminRoleFilter("manage-users"));

        read.MapGet("/users", (RealmDirectory d, string? search, string? username, bool? exact, int? first, int? max) =>
            d.SearchUsers(search, username, exact ?? false, first ?? 0, max ?? DefaultMax).Select(AdminUser.From));

        read.MapGet("/users/{id}", (RealmDirectory d, string id) =>
            d.FindUser(id) is { } user ? Results.Ok(AdminUser.From(user)) : NotFound("User not found"));

        read.MapGet("/users/{id}/groups", (RealmDirectory d, string id) =>
            d.UserGroups(id) is { } groups ? Results.Ok(groups.Select(AdminGroup.From)) : NotFound("User not found"));

        write.MapPut("/users/{id}/groups/{groupId}", (RealmDirectory d, string id, string groupId) =>
            d.SetMembership(id, groupId, member: true) ? Results.NoContent() : NotFound("User or group not found"));

        write.MapDelete("/users/{id}/groups/{groupId}", (RealmDirectory d, string id, string groupId) =>
            d.SetMembership(id, groupId, member: false) ? Results.NoContent() : NotFound("User or group not found"));

        read.MapGet("/groups", (RealmDirectory d, string? search, int? first, int? max) =>
            d.TopLevelGroups(search, first ?? 0, max ?? int.MaxValue).Select(AdminGroup.From));

        read.MapGet("/groups/{id}", (RealmDirectory d, string id) =>
            d.Group(id) is { } group ? Results.Ok(AdminGroup.From(group)) : NotFound("Could not find group by id"));

        read.MapGet("/groups/{id}/children", (RealmDirectory d, string id, int? first, int? max) =>
            d.Children(id, first ?? 0, max ?? DefaultChildrenMax) is { } children
                ? Results.Ok(children.Select(AdminGroup.From))
                : NotFound("Could not find group by id"));

        read.MapGet("/group-by-path/{**path}", (RealmDirectory d, string path) =>
            d.GroupByPath(path) is { } group ? Results.Ok(AdminGroup.From(group)) : NotFound($"Group path does not exist"));

        read.MapGet("/groups/{id}/members", (RealmDirectory d, string id, int? first, int? max) =>
            d.Members(id, first ?? 0, max ?? DefaultMax) is { } members
                ? Results.Ok(members.Select(AdminUser.From))
                : NotFound("Could not find group by id"));

        write.MapPost("/groups/{id}/children", (RealmDirectory d, string id, NewGroup body) =>
        {
            if (string.IsNullOrWhiteSpace(body.Name))
            {
                return Results.BadRequest(new { errorMessage = "Group name is missing" });
            }

            var (result, newId) = d.CreateChild(id, body.Name);
            return result switch
            {
                CreateGroupResult.Created => Results.Created(
                    urls.Absolute($"{urls.AdminPath}/groups/{newId}"), AdminGroup.From(d.Group(newId!)!)),
                CreateGroupResult.Conflict => Results.Conflict(new { errorMessage = $"Sibling group named '{body.Name}' already exists." }),
                _ => NotFound("Could not find group by id"),
            };
        });
    }

    private static IResult NotFound(string message) => Results.NotFound(new { error = message });
}

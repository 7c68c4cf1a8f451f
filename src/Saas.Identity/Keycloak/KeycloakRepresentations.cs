using System.Text.Json.Serialization;

namespace Saas.Identity.Keycloak;

/// <summary>Subset of Keycloak's Admin REST representations the platform reads.</summary>
public sealed record KeycloakUser(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("username")] string Username,
    [property: JsonPropertyName("firstName")] string? FirstName,
    [property: JsonPropertyName("lastName")] string? LastName,
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("enabled")] bool Enabled)
{
    /// <summary>As Keycloak builds the <c>name</c> claim: first name, then last name (the realm stores "Lê Thị" + "Hoa").</summary>
    public string DisplayName => string.Join(' ', new[] { FirstName, LastName }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } n ? n : Username;
}

public sealed record KeycloakGroup(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("path")] string? Path,
    [property: JsonPropertyName("subGroups")] List<KeycloakGroup>? SubGroups);

namespace Saas.DevIdentity.Realm;

// The subset of Keycloak's realm export format (RealmRepresentation and friends) that this
// server reads. Property names match Keycloak's JSON (camelCase); unknown properties are ignored
// so the same file stays a complete, importable Keycloak export.
public sealed class RealmRepresentation
{
    public string Realm { get; set; } = "";
    public bool Enabled { get; set; }
    public int? AccessTokenLifespan { get; set; }
    public int? SsoSessionIdleTimeout { get; set; }
    public RolesRepresentation Roles { get; set; } = new();
    public RoleRepresentation? DefaultRole { get; set; }
    public List<GroupRepresentation> Groups { get; set; } = [];
    public List<UserRepresentation> Users { get; set; } = [];
    public List<ClientRepresentation> Clients { get; set; } = [];
}

public sealed class RolesRepresentation
{
    public List<RoleRepresentation> Realm { get; set; } = [];
    public Dictionary<string, List<RoleRepresentation>> Client { get; set; } = [];
}

public sealed class RoleRepresentation
{
    public string Name { get; set; } = "";
    public bool Composite { get; set; }
    public RoleComposites? Composites { get; set; }
}

public sealed class RoleComposites
{
    public List<string>? Realm { get; set; }
    public Dictionary<string, List<string>>? Client { get; set; }
}

public sealed class GroupRepresentation
{
    public string? Id { get; set; }
    public string Name { get; set; } = "";
    public List<GroupRepresentation> SubGroups { get; set; } = [];
}

public sealed class UserRepresentation
{
    public string? Id { get; set; }
    public string Username { get; set; } = "";
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Email { get; set; }
    public bool EmailVerified { get; set; }
    public bool Enabled { get; set; } = true;
    public Dictionary<string, List<string>> Attributes { get; set; } = [];
    public List<CredentialRepresentation> Credentials { get; set; } = [];
    public List<string> Groups { get; set; } = [];
    public List<string> RealmRoles { get; set; } = [];
    public Dictionary<string, List<string>> ClientRoles { get; set; } = [];
    public string? ServiceAccountClientId { get; set; }
}

public sealed class CredentialRepresentation
{
    public string Type { get; set; } = "";
    public string? Value { get; set; }
}

public sealed class ClientRepresentation
{
    public string ClientId { get; set; } = "";
    public string? Name { get; set; }
    public bool Enabled { get; set; } = true;
    public bool PublicClient { get; set; }
    public bool BearerOnly { get; set; }
    public string? Secret { get; set; }
    // Keycloak's defaults when the property is absent from an export.
    public bool StandardFlowEnabled { get; set; } = true;
    public bool DirectAccessGrantsEnabled { get; set; }
    public bool ServiceAccountsEnabled { get; set; }
    public List<string> RedirectUris { get; set; } = [];
    public Dictionary<string, string> Attributes { get; set; } = [];
    public List<ProtocolMapperRepresentation> ProtocolMappers { get; set; } = [];
}

public sealed class ProtocolMapperRepresentation
{
    public string Name { get; set; } = "";
    public string ProtocolMapper { get; set; } = "";
    public Dictionary<string, string> Config { get; set; } = [];
}

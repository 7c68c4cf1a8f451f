namespace Saas.DevIdentity.Realm;

// Bound from the "Realm" configuration section (appsettings.json or --Realm:File / --Realm:PublicUrl).
public sealed class RealmOptions
{
    // Relative paths are resolved against the content root so `dotnet run` from anywhere works.
    public string File { get; set; } = "../../infra/keycloak/realm-thanh-hoa.json";

    // The externally visible base URL; the issuer is "{PublicUrl}/realms/{realm}" exactly like Keycloak.
    public string PublicUrl { get; set; } = "http://localhost:8081";
}

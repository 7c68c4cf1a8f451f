using System.Text.Json;

namespace Saas.DevIdentity.Realm;

// Loads the Keycloak realm export that both real Keycloak (--import-realm) and this server use as seed.
public static class RealmFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static RealmRepresentation Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Realm file not found (set Realm:File): {path}", path);
        }

        using var stream = File.OpenRead(path);
        var realm = JsonSerializer.Deserialize<RealmRepresentation>(stream, Json)
            ?? throw new InvalidOperationException($"Realm file {path} is empty.");
        if (string.IsNullOrEmpty(realm.Realm))
        {
            throw new InvalidOperationException($"Realm file {path} has no 'realm' name.");
        }

        return realm;
    }
}

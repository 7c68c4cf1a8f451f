using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Saas.DevIdentity.Oidc;

// Keys live in files under the data folder so a restart (or a second dev machine sharing the folder)
// keeps issued tokens valid: the RSA signing key (published in the JWKS) and the symmetric key that
// OpenIddict uses to encrypt its own authorization codes and refresh tokens.
public static class KeyFiles
{
    public static RsaSecurityKey LoadOrCreateSigningKey(string path)
    {
        var pem = ReadOrCreate(path, () =>
        {
            using var rsa = RSA.Create(2048);
            return rsa.ExportPkcs8PrivateKeyPem();
        });

        var key = RSA.Create();
        key.ImportFromPem(pem);
        // A stable kid derived from the public key, so JWKS consumers cache it correctly across restarts.
        var kid = Base64UrlEncoder.Encode(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..22];
        return new RsaSecurityKey(key) { KeyId = kid };
    }

    public static SymmetricSecurityKey LoadOrCreateEncryptionKey(string path)
    {
        var base64 = ReadOrCreate(path, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        return new SymmetricSecurityKey(Convert.FromBase64String(base64.Trim()));
    }

    private static string ReadOrCreate(string path, Func<string> create)
    {
        if (File.Exists(path))
        {
            return File.ReadAllText(path);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var content = create();
        try
        {
            // CreateNew: if another instance won the race, use its key instead of overwriting it.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream);
            writer.Write(content);
            return content;
        }
        catch (IOException) when (File.Exists(path))
        {
            return File.ReadAllText(path);
        }
    }
}

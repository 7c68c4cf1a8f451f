namespace Saas.Files.Storage;

/// <summary>Validation and layout of SHA-256 addresses, shared by every store so they all fan out the same way.</summary>
public static class ContentAddress
{
    public const int HexLength = 64;

    /// <summary>True for exactly 64 lower-case hex digits. Anything else could smuggle path parts into a key.</summary>
    public static bool IsValid(string? sha256)
    {
        if (sha256 is null || sha256.Length != HexLength)
        {
            return false;
        }
        foreach (var c in sha256)
        {
            if (!char.IsAsciiDigit(c) && c is not (>= 'a' and <= 'f'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// <c>aa/bb/&lt;sha256&gt;</c>: two levels of 256 folders keep any single directory small even with
    /// millions of files.
    /// </summary>
    public static string RelativeKey(string sha256)
    {
        EnsureValid(sha256);
        return $"{sha256[..2]}/{sha256[2..4]}/{sha256}";
    }

    public static void EnsureValid(string sha256)
    {
        if (!IsValid(sha256))
        {
            throw new ArgumentException("Expected a SHA-256 as 64 lower-case hex digits.", nameof(sha256));
        }
    }
}

namespace Saas.Platform.Concurrency;

/// <summary>Strong entity tags (RFC 9110 §8.8.3) over a row version, and the If-Match comparison.</summary>
public static class EntityTags
{
    public static string Of(string version) => $"\"{version}\"";

    /// <summary>
    /// If-Match uses the strong comparison: a weak tag never matches, <c>*</c> matches any existing item, and a list
    /// matches when one of its members does.
    /// </summary>
    public static bool Matches(string ifMatch, string currentVersion)
    {
        var current = Of(currentVersion);
        foreach (var raw in ifMatch.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (raw == "*" || raw == current)
            {
                return true;
            }
        }
        return false;
    }
}

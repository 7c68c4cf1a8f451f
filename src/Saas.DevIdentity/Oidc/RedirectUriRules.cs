namespace Saas.DevIdentity.Oidc;

// Keycloak's redirect URI matching (RedirectUtils.verifyRedirectUri): an entry ending with "*" is a
// prefix match, anything else must match exactly. Query strings are ignored for wildcard entries unless
// the entry itself contains one, as in Keycloak.
public static class RedirectUriRules
{
    public static bool Matches(string requested, IEnumerable<string> allowed)
    {
        if (!Uri.TryCreate(requested, UriKind.Absolute, out var uri) || !string.IsNullOrEmpty(uri.Fragment))
        {
            return false;
        }

        foreach (var entry in allowed)
        {
            if (entry.EndsWith('*'))
            {
                var prefix = entry[..^1];
                var candidate = entry.Contains('?') ? requested : uri.GetLeftPart(UriPartial.Path);
                // Keycloak also accepts the exact prefix without its trailing slash (".../*" matches "...").
                if (candidate.StartsWith(prefix, StringComparison.Ordinal) ||
                    (prefix.EndsWith('/') && candidate == prefix[..^1]))
                {
                    return true;
                }
            }
            else if (string.Equals(entry, requested, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

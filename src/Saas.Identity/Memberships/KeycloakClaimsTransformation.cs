using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Saas.Identity.Keycloak;

namespace Saas.Identity.Memberships;

/// <summary>
/// Turns Keycloak's token claims into the platform's: <c>groups</c> under /tenants/&lt;tenant&gt;/&lt;role&gt; become
/// memberships, <c>realm_access.roles</c> become role claims, <c>resource_access.&lt;client&gt;.roles</c> of our
/// clients become client-role claims.
/// </summary>
public sealed class KeycloakClaimsTransformation(IOptions<KeycloakOptions> options) : IClaimsTransformation
{
    public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not ClaimsIdentity { IsAuthenticated: true } source || principal.HasClaim(c => c.Type == SaasClaimTypes.Transformed))
        {
            return Task.FromResult(principal);
        }
        var o = options.Value;
        var identity = new ClaimsIdentity(source.Claims, source.AuthenticationType, "preferred_username", ClaimTypes.Role);
        var prefix = "/" + o.TenantGroupsRoot.Trim('/') + "/";
        foreach (var group in principal.FindAll("groups").SelectMany(c => ExpandArray(c.Value)))
        {
            if (!group.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }
            var parts = group[prefix.Length..].Split('/');
            if (parts.Length == 2 && TenantRoles.IsKnown(parts[1]))
            {
                identity.AddClaim(new Claim(SaasClaimTypes.Membership, $"{parts[0]}:{parts[1]}"));
            }
        }
        foreach (var role in ReadRoles(principal.FindFirstValue("realm_access")))
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role));
        }
        if (principal.FindFirstValue("resource_access") is { } resourceAccess)
        {
            using var doc = TryParse(resourceAccess);
            if (doc is not null && doc.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var client in new[] { o.Resource, o.Audience })
                {
                    if (doc.RootElement.TryGetProperty(client, out var entry))
                    {
                        foreach (var role in ReadRoles(entry.GetRawText()))
                        {
                            identity.AddClaim(new Claim(SaasClaimTypes.ClientRole, role));
                        }
                    }
                }
            }
        }
        identity.AddClaim(new Claim(SaasClaimTypes.Transformed, "1"));
        return Task.FromResult(new ClaimsPrincipal(identity));
    }

    // A JSON array claim may arrive as one claim per element or, from some handlers, as one JSON text.
    private static IEnumerable<string> ExpandArray(string value)
    {
        if (value.StartsWith('['))
        {
            using var doc = TryParse(value);
            if (doc is not null)
            {
                return doc.RootElement.EnumerateArray().Select(e => e.GetString() ?? "").ToList();
            }
        }
        return [value];
    }

    private static IEnumerable<string> ReadRoles(string? json)
    {
        if (json is null)
        {
            return [];
        }
        using var doc = TryParse(json);
        if (doc is null || doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("roles", out var roles)
            || roles.ValueKind != JsonValueKind.Array)
        {
            return [];
        }
        return roles.EnumerateArray().Select(r => r.GetString()).OfType<string>().ToList();
    }

    private static JsonDocument? TryParse(string json)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Validation.AspNetCore;

namespace Saas.DevIdentity.Admin;

// Keycloak's admin API authorization, reduced to what the platform uses: a bearer token from this realm
// whose resource_access.realm-management.roles contains one of the required roles.
public sealed class AdminRoleFilter(params string[] anyOf) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await context.HttpContext.AuthenticateAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        if (!result.Succeeded)
        {
            return Results.Json(new { error = "HTTP 401 Unauthorized" }, statusCode: StatusCodes.Status401Unauthorized);
        }

        var roles = RealmManagementRoles(result.Principal.FindFirst("resource_access")?.Value);
        if (!anyOf.Any(roles.Contains))
        {
            return Results.Json(new { error = "HTTP 403 Forbidden" }, statusCode: StatusCodes.Status403Forbidden);
        }

        return await next(context);
    }

    private static HashSet<string> RealmManagementRoles(string? resourceAccess)
    {
        if (string.IsNullOrEmpty(resourceAccess))
        {
            return [];
        }

        var roles = JsonNode.Parse(resourceAccess)?["realm-management"]?["roles"]?.AsArray();
        return roles?.Select(r => r?.GetValue<string>()).OfType<string>().ToHashSet(StringComparer.Ordinal) ?? [];
    }
}

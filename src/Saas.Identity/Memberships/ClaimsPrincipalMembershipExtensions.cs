using System.Security.Claims;

namespace Saas.Identity.Memberships;

public sealed record TenantMembership(string Tenant, string Role);

public static class ClaimsPrincipalMembershipExtensions
{
    public static IReadOnlyList<TenantMembership> Memberships(this ClaimsPrincipal user) =>
        user.FindAll(SaasClaimTypes.Membership)
            .Select(c => c.Value.Split(':', 2))
            .Where(p => p.Length == 2)
            .Select(p => new TenantMembership(p[0], p[1]))
            .ToList();

    public static IReadOnlyList<string> Tenants(this ClaimsPrincipal user) =>
        user.Memberships().Select(m => m.Tenant).Distinct().ToList();

    public static bool IsMemberOf(this ClaimsPrincipal user, string tenant) =>
        user.Memberships().Any(m => m.Tenant == tenant);

    public static bool HasTenantRole(this ClaimsPrincipal user, string tenant, params string[] roles) =>
        user.Memberships().Any(m => m.Tenant == tenant && roles.Contains(m.Role));

    public static bool IsPlatformAdmin(this ClaimsPrincipal user) => user.IsInRole(PlatformRoles.PlatformAdmin);

    public static string? UserId(this ClaimsPrincipal user) => user.FindFirstValue("sub");

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue("name") ?? user.FindFirstValue("preferred_username") ?? user.Identity?.Name ?? "";
}

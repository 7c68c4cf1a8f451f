using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Saas.Tenancy.Resolution;

/// <summary>One way of naming the tenant of a request (Finbuckle's "strategy" shape).</summary>
public interface ITenantResolutionStrategy
{
    string Name { get; }

    /// <summary>The tenant identifier (slug, or host name for <see cref="HostStrategy"/>) or null.</summary>
    string? Identify(HttpContext context);

    /// <summary>Explicit strategies name a tenant on purpose: a non-member is refused rather than ignored.</summary>
    bool IsExplicit => true;
}

/// <summary>
/// <c>/t/{tenant}/…</c>: an early middleware (<see cref="Rewrite"/>) moves the prefix into PathBase before
/// authentication, so callbacks, links and cookies work under the prefix and the app sees ordinary paths.
/// </summary>
public sealed class RoutePrefixStrategy : ITenantResolutionStrategy
{
    public const string Prefix = "/t/";
    private const string ItemKey = "saas.tenant.route";

    public string Name => "route";

    public string? Identify(HttpContext context) => context.Items[ItemKey] as string;

    public static void Rewrite(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (!path.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        var rest = path[Prefix.Length..];
        var slash = rest.IndexOf('/');
        var slug = slash < 0 ? rest : rest[..slash];
        if (slug.Length == 0)
        {
            return;
        }
        context.Items[ItemKey] = slug;
        context.Request.PathBase = context.Request.PathBase.Add(Prefix + slug);
        context.Request.Path = slash < 0 ? "/" : rest[slash..];
    }
}

public sealed class HeaderStrategy(IOptions<TenancyOptions> options) : ITenantResolutionStrategy
{
    public string Name => "header";

    public string? Identify(HttpContext context) =>
        context.Request.Headers.TryGetValue(options.Value.HeaderName, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value.ToString().Trim()
            : null;
}

public sealed class HostStrategy : ITenantResolutionStrategy
{
    public string Name => "host";

    public string? Identify(HttpContext context)
    {
        var host = context.Request.Host.Host;
        // Plain localhost or an IP names no tenant.
        return host.Contains('.') && !System.Net.IPAddress.TryParse(host, out _) ? "host:" + host : null;
    }
}

/// <summary>The signed-in user's default tenant (Keycloak user attribute mapped to a claim).</summary>
public sealed class ClaimStrategy(IOptions<TenancyOptions> options) : ITenantResolutionStrategy
{
    public string Name => "claim";

    public bool IsExplicit => false;

    public string? Identify(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true ? context.User.FindFirstValue(options.Value.DefaultTenantClaim) : null;
}

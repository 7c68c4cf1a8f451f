using System.Net;
using Microsoft.Extensions.Options;

namespace Saas.Host.Edge;

/// <summary>
/// Bound from <c>Proxy</c>: the reverse proxies (TLS terminators, load balancers) whose X-Forwarded-For, -Proto and -Host
/// the host believes. Nothing is trusted by default — not even loopback, which the framework trusts out of the box —
/// because a forwarded address decides the rate-limit budget and a forwarded host can name a tenant.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "Proxy";

    /// <summary>Addresses of the proxies, e.g. <c>10.0.0.5</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of the proxies in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies deep to read X-Forwarded-For (1: only the entry the nearest proxy appended).</summary>
    public int ForwardLimit { get; set; } = 1;

    /// <summary>Public host names accepted in X-Forwarded-Host; empty accepts any from a trusted proxy.</summary>
    public string[] AllowedHosts { get; set; } = [];

    public bool TrustsAnyProxy => KnownProxies.Length > 0 || KnownNetworks.Length > 0;
}

/// <summary>Refuses to start with an address or network that does not parse, rather than silently trusting none.</summary>
public sealed class ProxyOptionsValidator : IValidateOptions<ProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, ProxyOptions options)
    {
        var errors = new List<string>();
        errors.AddRange(options.KnownProxies.Where(p => !IPAddress.TryParse(p, out _))
            .Select(p => $"Proxy:KnownProxies: '{p}' is not an IP address."));
        errors.AddRange(options.KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _))
            .Select(n => $"Proxy:KnownNetworks: '{n}' is not a network in CIDR notation (e.g. 10.0.0.0/24)."));
        if (options.ForwardLimit is < 1 or > 10)
        {
            errors.Add("Proxy:ForwardLimit must be between 1 and 10.");
        }
        if (options.AllowedHosts.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add("Proxy:AllowedHosts must not contain empty names.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

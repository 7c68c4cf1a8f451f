using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Saas.Host.Edge;

/// <summary>
/// What the host needs to run behind a TLS-terminating proxy: forwarded headers from configured proxies only (so the
/// client address, scheme and public host are real), HSTS and the security headers, and no Server header.
/// </summary>
public static class EdgeExtensions
{
    public static void AddSaasEdge(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);

        services.AddOptions<ProxyOptions>().Bind(builder.Configuration.GetSection(ProxyOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ProxyOptions>, ProxyOptionsValidator>();
        services.AddOptions<HstsSettings>().Bind(builder.Configuration.GetSection(HstsSettings.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<HstsSettings>, HstsSettingsValidator>();

        // Any cookie set (or deleted) on an HTTPS request is Secure — auth, antiforgery, culture, TempData, OIDC — also
        // ones a future component adds without thinking of it. Only upgrades: plain-HTTP development keeps working.
        services.Configure<CookiePolicyOptions>(o => o.Secure = CookieSecurePolicy.SameAsRequest);

        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxy) =>
        {
            var p = proxy.Value;
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            forwarded.ForwardLimit = p.ForwardLimit;
            // The framework trusts loopback by default; here only what the deployment names is trusted.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var address in p.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(address));
            }
            foreach (var network in p.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
            forwarded.AllowedHosts = [.. p.AllowedHosts];
        });
    }

    /// <summary>First in the pipeline: everything after it sees the real client, scheme and host.</summary>
    public static void UseSaasEdge(WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseCookiePolicy();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<ApiDocsScriptHashes>();
    }
}

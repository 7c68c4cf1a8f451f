using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Saas.Identity.Keycloak;

namespace Saas.Host.Infrastructure;

/// <summary>
/// The realm's discovery document answers. An outage is "degraded": tokens keep validating with cached
/// signing keys and signed-in sessions keep working, so nodes must not leave the load balancer over it.
/// </summary>
public sealed class IdentityServerHealthCheck(IHttpClientFactory http, IOptions<KeycloakOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var client = http.CreateClient(nameof(IdentityServerHealthCheck));
            client.Timeout = TimeSpan.FromSeconds(3);
            using var response = await client.GetAsync($"{options.Value.Issuer}/.well-known/openid-configuration", cancellationToken);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Degraded($"discovery returned {(int)response.StatusCode}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return HealthCheckResult.Degraded("identity server unreachable", ex);
        }
    }
}

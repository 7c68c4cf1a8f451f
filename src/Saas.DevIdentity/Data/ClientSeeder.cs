using OpenIddict.Abstractions;
using Saas.DevIdentity.Oidc;
using Saas.DevIdentity.Realm;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Saas.DevIdentity.Data;

// Creates the schema and mirrors the realm file's clients into OpenIddict applications on every start,
// updating existing rows so edits to the realm file take effect after a restart.
public sealed class ClientSeeder(IServiceProvider services, RealmClients clients, ILogger<ClientSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DevIdentityDbContext>();
        await db.Database.EnsureCreatedAsync(cancellationToken);

        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        // Bearer-only clients (saas-api, realm-management) never obtain tokens, as in Keycloak.
        foreach (var client in clients.All.Where(c => c.Enabled && !c.BearerOnly))
        {
            var descriptor = Describe(client);
            var existing = await manager.FindByClientIdAsync(client.ClientId, cancellationToken);
            if (existing is null)
            {
                await manager.CreateAsync(descriptor, cancellationToken);
            }
            else
            {
                await manager.UpdateAsync(existing, descriptor, cancellationToken);
                if (descriptor.ClientSecret is { } secret)
                {
                    // UpdateAsync(descriptor) keeps the stored secret; this overload re-hashes the realm's one.
                    await manager.UpdateAsync(existing, secret, cancellationToken);
                }
            }

            logger.LogInformation("Seeded client {ClientId}", client.ClientId);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static OpenIddictApplicationDescriptor Describe(ClientRepresentation client)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            DisplayName = client.Name ?? client.ClientId,
            ClientType = client.PublicClient ? ClientTypes.Public : ClientTypes.Confidential,
            ClientSecret = client.PublicClient ? null : client.Secret,
            ConsentType = ConsentTypes.Implicit,
        };

        // Stored for reference only: Keycloak's wildcard matching is done by our own validation handlers.
        foreach (var uri in client.RedirectUris)
        {
            if (Uri.TryCreate(uri, UriKind.Absolute, out var value))
            {
                descriptor.RedirectUris.Add(value);
            }
        }

        descriptor.Permissions.UnionWith([
            Permissions.Endpoints.Token, Permissions.Endpoints.Revocation, Permissions.Endpoints.Introspection,
            Permissions.Endpoints.EndSession]);
        descriptor.Permissions.UnionWith(ScopePolicy.Registered.Select(s => Permissions.Prefixes.Scope + s));

        if (client.StandardFlowEnabled)
        {
            descriptor.Permissions.UnionWith([
                Permissions.Endpoints.Authorization, Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code, Permissions.GrantTypes.RefreshToken]);
        }

        if (client.DirectAccessGrantsEnabled)
        {
            descriptor.Permissions.UnionWith([Permissions.GrantTypes.Password, Permissions.GrantTypes.RefreshToken]);
        }

        if (client.ServiceAccountsEnabled && !client.PublicClient)
        {
            descriptor.Permissions.Add(Permissions.GrantTypes.ClientCredentials);
        }

        if (RealmClients.RequiresPkceS256(client))
        {
            descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        }

        return descriptor;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Saas.Platform.Auditing;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;
using Saas.Tenancy.Catalog;

namespace Saas.Tenancy.Apply;

/// <summary>
/// <c>tenants apply &lt;folder&gt;</c>: validate everything, then create or update the catalog and every tenant's
/// default configuration in the platform scope. Idempotent; the same folder applied twice changes nothing.
/// </summary>
public sealed class TenantApplier(
    ITenantScopeFactory scopes,
    TenantCache cache,
    IEnumerable<ITenantLifecycleHandler> lifecycle,
    ILogger<TenantApplier> logger)
{
    public async Task<ApplyReport> ApplyAsync(string folder, CancellationToken ct = default)
    {
        var (manifest, errors) = TenantManifestLoader.Load(folder);
        if (manifest is null)
        {
            return new ApplyReport([], errors);
        }
        return await ApplyAsync(manifest, ct);
    }

    public async Task<ApplyReport> ApplyAsync(TenantManifest manifest, CancellationToken ct = default)
    {
        var changes = new List<ApplyChange>();
        var knownIds = manifest.Tenants.ToDictionary(e => e.Draft.Slug, e => Tenant.IdFor(e.Draft.Slug));
        var written = new List<Tenant>();

        await using (var scope = scopes.CreatePlatformScope())
        {
            var sp = scope.ServiceProvider;
            var session = sp.GetRequiredService<TenantDataSession>();
            await using var db = await sp.GetRequiredService<TenantDbContextFactory<TenantCatalogDbContext>>().CreateAsync(ct);
            var writer = ActivatorUtilities.CreateInstance<TenantWriter>(sp, db);
            foreach (var entry in ParentsFirst(manifest.Tenants))
            {
                var (tenant, change) = await writer.UpsertAsync(entry.Draft, knownIds, keepOperationalStatus: true, ct);
                changes.Add(change);
                written.Add(tenant);
            }
            // Defaults of tenants in the shared database are written in this same transaction.
            foreach (var tenant in written.Where(t => t.DatabasePlacement is null))
            {
                changes.AddRange(await ApplyDefaultsAsync(sp, tenant.ToInfo(), manifest.Defaults, ct));
            }
            await session.CommitAsync(ct);
        }

        // A tenant placed in its own database gets its defaults there, one transaction per tenant.
        foreach (var tenant in written.Where(t => t.DatabasePlacement is not null))
        {
            await using var scope = scopes.CreatePlatformScope(tenant.DatabasePlacement);
            changes.AddRange(await ApplyDefaultsAsync(scope.ServiceProvider, tenant.ToInfo(), manifest.Defaults, ct));
            await scope.ServiceProvider.GetRequiredService<TenantDataSession>().CommitAsync(ct);
        }

        await cache.InvalidateAsync();
        await NotifyAsync(written, changes, ct);
        return new ApplyReport(changes, []);
    }

    internal static async Task<IReadOnlyList<ApplyChange>> ApplyDefaultsAsync(
        IServiceProvider sp, TenantInfo tenant, TenantDefaults defaults, CancellationToken ct)
    {
        var result = new List<ApplyChange>();
        foreach (var applier in sp.GetServices<ITenantDefaultsApplier>())
        {
            result.AddRange(await applier.ApplyAsync(tenant, defaults, ct));
        }
        // One audit entry per tenant and apply, listing what the level defaults created or changed.
        var touched = result.Where(c => c.Outcome != ApplyChange.Unchanged).Select(c => $"{c.Outcome} {c.Kind} {c.Key}").ToList();
        if (touched.Count > 0)
        {
            await sp.GetRequiredService<IAuditTrail>().RecordAsync("tenant.defaults-applied", "tenant", tenant.Slug, null, touched, tenant.Id, ct);
        }
        return result;
    }

    private async Task NotifyAsync(List<Tenant> written, List<ApplyChange> changes, CancellationToken ct)
    {
        var touched = changes.Where(c => c.Kind == "tenant" && c.Outcome != ApplyChange.Unchanged).Select(c => c.Key).ToHashSet();
        foreach (var tenant in written.Where(t => touched.Contains(t.Slug) && t.Status == TenantStatuses.Active))
        {
            foreach (var handler in lifecycle)
            {
                try
                {
                    await handler.OnTenantUpsertedAsync(tenant.ToInfo(), ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Lifecycle handler {Handler} failed for tenant {Tenant}", handler.GetType().Name, tenant.Slug);
                }
            }
        }
    }

    private static IEnumerable<TenantManifestEntry> ParentsFirst(IReadOnlyList<TenantManifestEntry> entries)
    {
        var bySlug = entries.ToDictionary(e => e.Draft.Slug);
        var done = new HashSet<string>();
        var ordered = new List<TenantManifestEntry>();
        void Visit(TenantManifestEntry e)
        {
            if (!done.Add(e.Draft.Slug))
            {
                return;
            }
            if (e.Draft.ParentSlug is { } p && bySlug.TryGetValue(p, out var parent))
            {
                Visit(parent);
            }
            if (e.Draft.SuccessorSlug is { } s && bySlug.TryGetValue(s, out var successor))
            {
                Visit(successor);
            }
            ordered.Add(e);
        }
        foreach (var e in entries)
        {
            Visit(e);
        }
        // Parents and successors come before the rows that reference them (foreign keys).
        return ordered;
    }
}

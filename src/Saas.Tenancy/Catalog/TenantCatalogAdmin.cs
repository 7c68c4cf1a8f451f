using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Saas.Platform.Auditing;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;
using Saas.Platform.Text;
using Saas.Tenancy.Apply;

namespace Saas.Tenancy.Catalog;

/// <summary>Onboarding, detail changes, suspension and reactivation from the platform admin UI and API.</summary>
public sealed class TenantCatalogAdmin(
    ITenantScopeFactory scopes,
    TenantCache cache,
    IEnumerable<ITenantLifecycleHandler> lifecycle,
    TenantDefaultsProvider defaults,
    ILogger<TenantCatalogAdmin> logger)
{
    public async Task<TenantOperationResult> OnboardAsync(TenantDraft draft, CancellationToken ct = default)
    {
        var errors = TenantValidator.Validate(draft);
        if (errors.Count > 0)
        {
            return TenantOperationResult.Invalid(errors);
        }
        Tenant tenant;
        await using (var scope = scopes.CreatePlatformScope())
        {
            var sp = scope.ServiceProvider;
            await using var db = await sp.GetRequiredService<TenantDbContextFactory<TenantCatalogDbContext>>().CreateAsync(ct);
            var id = Tenant.IdFor(draft.Slug);
            if (await db.Tenants.AnyAsync(t => t.Id == id || t.Slug == draft.Slug, ct))
            {
                return TenantOperationResult.Invalid(new Dictionary<string, string[]>
                {
                    ["slug"] = ["tenancy.slug.exists"],
                });
            }
            var refErrors = await CheckReferencesAsync(db, draft, ct);
            if (refErrors.Count > 0)
            {
                return TenantOperationResult.Invalid(refErrors);
            }
            var known = await db.Tenants.Select(t => new { t.Slug, t.Id }).ToDictionaryAsync(t => t.Slug, t => t.Id, ct);
            var writer = ActivatorUtilities.CreateInstance<TenantWriter>(sp, db);
            (tenant, _) = await writer.UpsertAsync(draft, known, keepOperationalStatus: false, ct);
            if (tenant.DatabasePlacement is null && defaults.Current is { } d)
            {
                await TenantApplier.ApplyDefaultsAsync(sp, tenant.ToInfo(), d, ct);
            }
            await sp.GetRequiredService<TenantDataSession>().CommitAsync(ct);
        }
        if (tenant.DatabasePlacement is not null && defaults.Current is { } placedDefaults)
        {
            await using var scope = scopes.CreatePlatformScope(tenant.DatabasePlacement);
            await TenantApplier.ApplyDefaultsAsync(scope.ServiceProvider, tenant.ToInfo(), placedDefaults, ct);
            await scope.ServiceProvider.GetRequiredService<TenantDataSession>().CommitAsync(ct);
        }
        await cache.InvalidateAsync();
        await NotifyAsync(tenant, ct);
        return new TenantOperationResult(tenant, new Dictionary<string, string[]>());
    }

    public Task<TenantOperationResult> SuspendAsync(string slug, CancellationToken ct = default) =>
        SetStatusAsync(slug, TenantStatuses.Suspended, TenantStatuses.Active, "tenant.suspended", ct);

    public Task<TenantOperationResult> ReactivateAsync(string slug, CancellationToken ct = default) =>
        SetStatusAsync(slug, TenantStatuses.Active, TenantStatuses.Suspended, "tenant.reactivated", ct);

    private async Task<TenantOperationResult> SetStatusAsync(string slug, string to, string from, string action, CancellationToken ct)
    {
        Tenant? tenant;
        await using (var scope = scopes.CreatePlatformScope())
        {
            var sp = scope.ServiceProvider;
            await using var db = await sp.GetRequiredService<TenantDbContextFactory<TenantCatalogDbContext>>().CreateAsync(ct);
            tenant = await db.Tenants.FirstOrDefaultAsync(t => t.Slug == slug, ct);
            if (tenant is null)
            {
                return TenantOperationResult.Missing();
            }
            if (tenant.Status != from)
            {
                return TenantOperationResult.Invalid(new Dictionary<string, string[]>
                {
                    ["status"] = [Texts.Bilingual("tenancy.status.transition", tenant.Status, to)],
                });
            }
            tenant.Status = to;
            tenant.UpdatedAt = sp.GetRequiredService<TimeProvider>().GetUtcNow();
            await db.SaveChangesAsync(ct);
            await sp.GetRequiredService<IAuditTrail>().RecordAsync(action, "tenant", slug,
                new { status = from }, new { status = to }, tenant.Id, ct);
            await sp.GetRequiredService<TenantDataSession>().CommitAsync(ct);
        }
        await cache.InvalidateAsync();
        return new TenantOperationResult(tenant, new Dictionary<string, string[]>());
    }

    private static async Task<Dictionary<string, string[]>> CheckReferencesAsync(TenantCatalogDbContext db, TenantDraft d, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (d.ParentSlug is { } p && !await db.Tenants.AnyAsync(t => t.Slug == p, ct))
        {
            errors["parent"] = ["tenancy.parent.not_found"];
        }
        if (d.SuccessorSlug is { } s && !await db.Tenants.AnyAsync(t => t.Slug == s, ct))
        {
            errors["successor"] = ["tenancy.successor.not_found"];
        }
        if (d.AgencyCodeQcvn102 is { Length: > 0 } code && await db.Tenants.AnyAsync(t => t.AgencyCodeQcvn102 == code, ct))
        {
            errors["agencyCode.qcvn102"] = ["tenancy.qcvn102.used"];
        }
        foreach (var host in d.Hosts)
        {
            var h = host.ToLowerInvariant();
            if (await db.Tenants.AnyAsync(t => t.Hosts.Contains(h), ct))
            {
                errors["hosts"] = [Texts.Bilingual("tenancy.host.used", host)];
            }
        }
        return errors;
    }

    private async Task NotifyAsync(Tenant tenant, CancellationToken ct)
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

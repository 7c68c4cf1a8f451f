using Microsoft.EntityFrameworkCore;
using Saas.Platform.MultiTenancy;

namespace Saas.Tenancy.Catalog;

internal sealed class TenantCatalog(IDbContextFactory<TenantCatalogDbContext> contexts, TenantCache cache) : ITenantCatalog
{
    public Task<TenantInfo?> FindBySlugAsync(string slug, CancellationToken ct = default)
    {
        var key = slug.Trim().ToLowerInvariant();
        return cache.GetOrLoadAsync("slug:" + key, async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            return (await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Slug == key, ct))?.ToInfo();
        });
    }

    public Task<TenantInfo?> FindByHostAsync(string host, CancellationToken ct = default)
    {
        var key = host.Trim().ToLowerInvariant();
        return cache.GetOrLoadAsync("host:" + key, async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            return (await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Hosts.Contains(key), ct))?.ToInfo();
        });
    }

    public Task<TenantInfo?> FindByIdAsync(Guid id, CancellationToken ct = default) =>
        cache.GetOrLoadAsync("id:" + id, async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            return (await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct))?.ToInfo();
        });

    public async Task<IReadOnlyList<Tenant>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Tenants.AsNoTracking().OrderBy(t => t.Level).ThenBy(t => t.Name).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<TenantInfo>> ActiveAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return (await db.Tenants.AsNoTracking().Where(t => t.Status == TenantStatuses.Active).OrderBy(t => t.Name).ToListAsync(ct))
            .Select(t => t.ToInfo()).ToList();
    }

    public async Task<Tenant?> GetAsync(string slug, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Slug == slug, ct);
    }
}

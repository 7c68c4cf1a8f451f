using Microsoft.EntityFrameworkCore;

namespace Saas.Tenancy.Catalog;

/// <summary>The catalog lives in schema <c>platform</c> of the shared database; it is not tenant-owned.</summary>
public sealed class TenantCatalogDbContext(DbContextOptions<TenantCatalogDbContext> options) : DbContext(options)
{
    public DbSet<Tenant> Tenants => Set<Tenant>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema("platform");
        modelBuilder.Entity<Tenant>(e =>
        {
            e.ToTable("tenants");
            e.HasKey(t => t.Id);
            e.HasIndex(t => t.Slug).IsUnique();
        });
    }
}

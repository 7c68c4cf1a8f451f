using Microsoft.EntityFrameworkCore;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;

namespace Saas.Documents.Configuration;

public sealed class DocumentConfigurationDbContext(DbContextOptions<DocumentConfigurationDbContext> options, ICurrentTenant currentTenant)
    : TenantOwnedDbContext(options, currentTenant)
{
    public DbSet<DocumentType> DocumentTypes => Set<DocumentType>();

    public DbSet<Register> Registers => Set<Register>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema("documents");
        modelBuilder.Entity<DocumentType>(e =>
        {
            e.ToTable("document_types");
            e.HasKey(t => new { t.TenantId, t.Code });
        });
        modelBuilder.Entity<Register>(e =>
        {
            e.ToTable("registers");
            e.HasKey(r => new { r.TenantId, r.Code });
        });
        base.OnModelCreating(modelBuilder);
    }
}

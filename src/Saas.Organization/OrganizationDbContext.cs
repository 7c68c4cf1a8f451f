using Microsoft.EntityFrameworkCore;
using Saas.Organization.Units;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;

namespace Saas.Organization;

/// <summary>The organisation module's tables. Other modules go through <see cref="IUnitDirectory"/>.</summary>
public sealed class OrganizationDbContext(DbContextOptions<OrganizationDbContext> options, ICurrentTenant currentTenant)
    : TenantOwnedDbContext(options, currentTenant)
{
    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<UnitMember> Members => Set<UnitMember>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.HasDefaultSchema("organization");
        b.Entity<Unit>(e =>
        {
            e.ToTable("units");
            e.HasKey(x => new { x.TenantId, x.Code });
            e.Ignore(x => x.Handle);
            e.HasMany(x => x.Members).WithOne().HasForeignKey(m => new { m.TenantId, m.UnitCode });
        });
        b.Entity<UnitMember>(e =>
        {
            e.ToTable("unit_members");
            e.HasKey(x => new { x.TenantId, x.UnitCode, x.UserId });
        });
        base.OnModelCreating(b);
    }
}

using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Saas.Platform.MultiTenancy;

namespace Saas.Platform.Data;

/// <summary>
/// Base for module DbContexts holding tenant-owned rows: a global query filter on <c>tenant_id</c> for every
/// <see cref="ITenantOwned"/> entity, and new rows stamped with the current tenant. Row-level security in
/// PostgreSQL is the second wall behind this one.
/// </summary>
public abstract class TenantOwnedDbContext(DbContextOptions options, ICurrentTenant currentTenant) : DbContext(options)
{
    protected ICurrentTenant CurrentTenant { get; } = currentTenant;

    // Read by the compiled query filter on every query, so it follows the context instance.
    protected Guid? CurrentTenantId => CurrentTenant.Id;

    protected bool FilterDisabled => CurrentTenant.IsPlatformScope;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            if (!typeof(ITenantOwned).IsAssignableFrom(entityType.ClrType))
            {
                continue;
            }
            var method = typeof(TenantOwnedDbContext)
                .GetMethod(nameof(BuildFilter), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                .MakeGenericMethod(entityType.ClrType);
            var filter = (LambdaExpression)method.Invoke(this, null)!;
            modelBuilder.Entity(entityType.ClrType).HasQueryFilter(filter);
        }
    }

    private Expression<Func<T, bool>> BuildFilter<T>() where T : class, ITenantOwned =>
        e => FilterDisabled || e.TenantId == CurrentTenantId;

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        foreach (var entry in ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State == EntityState.Added && entry.Entity.TenantId == Guid.Empty && CurrentTenant.Id is { } id)
            {
                entry.Entity.TenantId = id;
            }
            if (!FilterDisabled && entry.State != EntityState.Unchanged && entry.Entity.TenantId != CurrentTenant.Id)
            {
                throw new InvalidOperationException("A row of another tenant cannot be written in this unit of work.");
            }
        }
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}

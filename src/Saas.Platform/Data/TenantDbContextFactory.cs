using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Saas.Platform.Data;

/// <summary>
/// Creates a module's DbContext on the unit of work's connection and transaction, so that several modules'
/// writes and the audit entry commit together and row-level security sees the tenant setting.
/// </summary>
public sealed class TenantDbContextFactory<TContext>(IServiceProvider services, TenantDataSession session)
    where TContext : DbContext
{
    public async Task<TContext> CreateAsync(CancellationToken ct = default)
    {
        var connection = await session.GetConnectionAsync(ct);
        var builder = new DbContextOptionsBuilder<TContext>()
            .UseNpgsql(connection)
            .UseSnakeCaseNamingConvention();
        var context = ActivatorUtilities.CreateInstance<TContext>(services, builder.Options);
        await context.Database.UseTransactionAsync(session.Transaction, ct);
        return context;
    }
}

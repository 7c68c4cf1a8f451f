using Npgsql;
using Saas.Platform.Data;

namespace Saas.Platform.Demo;

/// <summary>
/// The connection a seeder writes a tenant's rows with: the owner connection of the tenant's database, or the
/// <c>--Seed:ConnectionString</c> given (e.g. a role that bypasses row-level security), pointed at the tenant's database.
/// </summary>
public sealed class DemoConnections(DatabaseOptions database, string? seedConnectionString)
{
    public string For(string? placement)
    {
        if (string.IsNullOrWhiteSpace(seedConnectionString))
        {
            return database.ForPlacement(placement, owner: true);
        }
        var b = new NpgsqlConnectionStringBuilder(seedConnectionString);
        if (!string.IsNullOrWhiteSpace(placement) && new NpgsqlConnectionStringBuilder(placement).Database is { } name)
        {
            b.Database = name;
        }
        return b.ConnectionString;
    }
}

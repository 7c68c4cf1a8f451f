using System.ComponentModel.DataAnnotations;
using Npgsql;

namespace Saas.Platform.Data;

/// <summary>Bound from the <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Application role (owns nothing; row-level security applies). Shared default database.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Database:ConnectionString is required (the application role's connection string).")]
    public string ConnectionString { get; set; } = "";

    /// <summary>Owner role, used only by <c>migrate</c>. Not needed by a serving node in production.</summary>
    public string OwnerConnectionString { get; set; } = "";

    /// <summary>
    /// A tenant placed in its own database stores only the location (host, port, database) in the catalog;
    /// the credentials always come from configuration so that no secret lives in a table.
    /// </summary>
    public string ForPlacement(string? placement, bool owner = false)
    {
        var baseString = owner ? OwnerConnectionString : ConnectionString;
        if (string.IsNullOrWhiteSpace(placement))
        {
            return baseString;
        }
        var target = new NpgsqlConnectionStringBuilder(placement);
        var merged = new NpgsqlConnectionStringBuilder(baseString)
        {
            Database = target.Database,
        };
        if (!string.IsNullOrEmpty(target.Host))
        {
            merged.Host = target.Host;
            merged.Port = target.Port;
        }
        return merged.ConnectionString;
    }
}

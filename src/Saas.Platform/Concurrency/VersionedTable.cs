namespace Saas.Platform.Concurrency;

/// <summary>
/// A module's aggregate whose root row carries the version behind ETags: PostgreSQL's <c>xmin</c>, the id of the
/// transaction that last wrote the row. Each module registers its own roots, so no other module names its tables.
/// </summary>
/// <param name="Kind">The name endpoints and pages use ("incoming", "procedure", …).</param>
/// <param name="Table">Schema-qualified root table; tenant-owned (<c>tenant_id</c> leads the key).</param>
/// <param name="KeyColumn">The column the route's key matches, within the tenant.</param>
/// <param name="KeyType">PostgreSQL type of that column (<c>uuid</c>, <c>text</c>).</param>
public sealed record VersionedTable(string Kind, string Table, string KeyColumn, string KeyType);

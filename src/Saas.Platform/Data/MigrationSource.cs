using System.Reflection;

namespace Saas.Platform.Data;

/// <summary>
/// A module's schema scripts: embedded <c>Migrations/NNNN_name.sql</c> files, applied in order and recorded
/// per module. Each module owns its scripts and its tables.
/// </summary>
public sealed record MigrationSource(string Module, Assembly Assembly, int Order)
{
    public IEnumerable<(string Version, string Sql)> Scripts()
    {
        foreach (var name in Assembly.GetManifestResourceNames()
                     .Where(n => n.Contains(".Migrations.", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = Assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var file = name[(name.IndexOf(".Migrations.", StringComparison.Ordinal) + ".Migrations.".Length)..];
            yield return (file[..^4], reader.ReadToEnd());
        }
    }
}

using System.Collections.Concurrent;
using Npgsql;

namespace Saas.Platform.Data;

/// <summary>One pooled data source per database (default and each placement database).</summary>
public sealed class NpgsqlDataSourceRegistry : IDisposable
{
    private readonly ConcurrentDictionary<string, NpgsqlDataSource> _sources = new();

    public NpgsqlDataSource Get(string connectionString) =>
        _sources.GetOrAdd(connectionString, static cs => new NpgsqlDataSourceBuilder(cs).Build());

    public void Dispose()
    {
        foreach (var source in _sources.Values)
        {
            source.Dispose();
        }
        _sources.Clear();
    }
}

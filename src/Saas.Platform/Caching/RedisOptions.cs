using System.ComponentModel.DataAnnotations;
namespace Saas.Platform.Caching;

/// <summary>Bound from <c>Redis</c>.</summary>
public sealed class RedisOptions
{
    public const string Section = "Redis";

    public string Configuration { get; set; } = "";

    /// <summary>After a failure Redis is left alone for this long; callers fall back to PostgreSQL meanwhile.</summary>
    [Range(1, 3600, ErrorMessage = "Redis:BreakSeconds must be between 1 and 3600.")]
    public int BreakSeconds { get; set; } = 10;
}

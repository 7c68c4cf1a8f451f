using Microsoft.Extensions.Options;

namespace Saas.Host.Edge;

/// <summary>
/// Bound from <c>Hsts</c>: the Strict-Transport-Security header sent on every response whose public scheme is HTTPS
/// (as the trusted proxy reports it). Never sent over plain HTTP, where browsers ignore it anyway.
/// </summary>
public sealed class HstsSettings
{
    public const string Section = "Hsts";

    public int MaxAgeDays { get; set; } = 365;

    public bool IncludeSubDomains { get; set; }

    public bool Preload { get; set; }

    public string HeaderValue =>
        $"max-age={(long)TimeSpan.FromDays(MaxAgeDays).TotalSeconds}{(IncludeSubDomains ? "; includeSubDomains" : "")}{(Preload ? "; preload" : "")}";
}

public sealed class HstsSettingsValidator : IValidateOptions<HstsSettings>
{
    public ValidateOptionsResult Validate(string? name, HstsSettings options) =>
        options.MaxAgeDays is >= 1 and <= 730
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Hsts:MaxAgeDays must be between 1 and 730.");
}

namespace Saas.Exchange.Edxml;

/// <summary>One thing wrong with a package: where (an element path) and what, in Vietnamese and English.</summary>
public sealed record EdxmlError(string Path, string Message);

/// <summary>A package that cannot be accepted; <see cref="Errors"/> lists every problem found.</summary>
public sealed class EdxmlFormatException(IReadOnlyList<EdxmlError> errors)
    : Exception(string.Join("; ", errors.Select(e => $"{e.Path}: {e.Message}")))
{
    public IReadOnlyList<EdxmlError> Errors { get; } = errors;
}

namespace Saas.Platform.Results;

/// <summary>Result of a module operation: a value, field errors (400), not found (404), a conflict (409) or forbidden (403).</summary>
public sealed record Outcome<T>(T? Value, IReadOnlyDictionary<string, string[]> Errors, OutcomeKind Kind, string? Message = null)
{
    public bool Succeeded => Kind == OutcomeKind.Ok;

    public static Outcome<T> Ok(T value) => new(value, Empty, OutcomeKind.Ok);

    public static Outcome<T> Invalid(IReadOnlyDictionary<string, string[]> errors) => new(default, errors, OutcomeKind.Invalid);

    public static Outcome<T> Invalid(string field, string message) => new(default, new Dictionary<string, string[]> { [field] = [message] }, OutcomeKind.Invalid);

    public static Outcome<T> NotFound() => new(default, Empty, OutcomeKind.NotFound);

    public static Outcome<T> Forbidden(string message) => new(default, Empty, OutcomeKind.Forbidden, message);

    public static Outcome<T> Conflict(string message, T? value = default) => new(value, Empty, OutcomeKind.Conflict, message);

    private static readonly IReadOnlyDictionary<string, string[]> Empty = new Dictionary<string, string[]>();
}

public enum OutcomeKind
{
    Ok,
    Invalid,
    NotFound,
    Forbidden,
    Conflict,
}

/// <summary>Collects field errors with bilingual messages.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }
        list.Add(message);
    }

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}

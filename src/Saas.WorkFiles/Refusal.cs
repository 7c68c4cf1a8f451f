namespace Saas.WorkFiles;

/// <summary>
/// Why an aggregate refused a step (a text key of <c>Resources/workfiles.*.json</c>): a field error, a conflict with the
/// item's state, or a step the person may not take. Null from an entity's method means the step was taken (or may be).
/// </summary>
public sealed record Refusal(OutcomeKind Kind, string Key, string? Field = null)
{
    public static Refusal Invalid(string field, string key) => new(OutcomeKind.Invalid, key, field);

    public static Refusal Conflict(string key) => new(OutcomeKind.Conflict, key);

    public static Refusal Forbidden(string key) => new(OutcomeKind.Forbidden, key);

    public Outcome<T> As<T>() => Kind switch
    {
        OutcomeKind.Invalid => Outcome<T>.Invalid(Field ?? "", Key),
        OutcomeKind.Forbidden => Outcome<T>.Forbidden(Key),
        OutcomeKind.NotFound => Outcome<T>.NotFound(),
        _ => Outcome<T>.Conflict(Key),
    };
}

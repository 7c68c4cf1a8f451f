namespace Saas.Calendar;

/// <summary>A calendar file was rejected; <see cref="Errors"/> lists every problem found, not only the first.</summary>
public sealed class CalendarYamlException(IReadOnlyList<CalendarYamlError> errors)
    : Exception("Invalid calendar file:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<CalendarYamlError> Errors { get; } = errors;
}

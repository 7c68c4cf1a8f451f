namespace Saas.Calendar;

/// <summary>One problem in a calendar file, located like a compiler message so an administrator can find it.</summary>
public sealed record CalendarYamlError(string File, long Line, long Column, string Message)
{
    public override string ToString() => $"{File}({Line},{Column}): {Message}";
}

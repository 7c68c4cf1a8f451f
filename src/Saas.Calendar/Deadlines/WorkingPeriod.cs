namespace Saas.Calendar;

/// <summary>One continuous block of office hours in a working day, e.g. the morning 07:30–11:30.</summary>
public readonly record struct WorkingPeriod(TimeOnly Start, TimeOnly End)
{
    public TimeSpan Length => End - Start;
}

namespace Saas.Calendar;

/// <summary>Bridges <see cref="DateOnly.DayNumber"/> and astronomical Julian dates.</summary>
internal static class JulianDay
{
    /// <summary>Julian Day Number of 0001-01-01 (proleptic Gregorian), i.e. of DayNumber 0.</summary>
    public const int OfDayNumberZero = 1721426;

    /// <summary>The Julian date (UT) of local midnight starting <paramref name="dayNumber"/>.</summary>
    /// <remarks>A Julian day starts at noon UT, hence −0.5; local midnight is <paramref name="utcOffsetDays"/> before UT midnight.</remarks>
    public static double LocalMidnight(int dayNumber, double utcOffsetDays) =>
        dayNumber + OfDayNumberZero - 0.5 - utcOffsetDays;

    /// <summary>The local civil day (as DayNumber) that contains the instant <paramref name="julianDateUt"/>.</summary>
    public static int LocalDayNumber(double julianDateUt, double utcOffsetDays) =>
        (int)Math.Floor(julianDateUt + 0.5 + utcOffsetDays) - OfDayNumberZero;
}

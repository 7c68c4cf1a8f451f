namespace Saas.Calendar;

/// <summary>
/// The rules of the Vietnamese (and Chinese) lunisolar calendar, parameterised by the time zone whose civil days
/// are used — which is the only difference between the two calendars since 1968 (Vietnam: UTC+7, China: UTC+8).
/// <list type="number">
/// <item>A day runs from local midnight to midnight.</item>
/// <item>A month starts on the local day of a new moon.</item>
/// <item>Month 11 is the month containing the winter solstice (Sun at 270°).</item>
/// <item>If 13 months start between two months 11, the first of them after month 11 that contains no principal
/// solar term (trung khí: Sun longitude a multiple of 30°) is the leap month; it takes the number of the month
/// before it.</item>
/// </list>
/// These are the rules of the well-known published description of the Vietnamese calendar (Hồ Ngọc Đức,
/// "Thuật toán tính âm lịch"); the code here is written from the astronomy, not ported.
/// </summary>
internal sealed class LunisolarCalculator(double utcOffsetHours)
{
    /// <summary>Gregorian years the ΔT model and the tests cover; outside them results are not trustworthy.</summary>
    public const int MinYear = 1900;
    public const int MaxYear = 2199;

    private readonly double offsetDays = utcOffsetHours / 24;

    public LunarDate ToLunar(DateOnly date)
    {
        if (date.Year <= MinYear || date.Year > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"Supported Gregorian years: {MinYear + 1}–{MaxYear}.");
        }

        var day = date.DayNumber;
        var k = LunationContaining(day);

        // The month-11 window [a11, b11) that contains k; a11 lies in December (or late November) of yearOfA.
        var yearOfA = date.Year - 1;
        var a11 = Month11(yearOfA);
        var b11 = Month11(date.Year);
        if (k >= b11)
        {
            yearOfA = date.Year;
            a11 = b11;
            b11 = Month11(date.Year + 1);
        }

        var offset = k - a11;
        var monthIndex = offset; // 0 = month 11, 1 = month 12, 2 = month 1, ...
        var isLeap = false;
        if (b11 - a11 == 13)
        {
            var leapOffset = LeapOffset(a11);
            if (offset >= leapOffset)
            {
                monthIndex = offset - 1;
                isLeap = offset == leapOffset;
            }
        }

        var month = (monthIndex + 10) % 12 + 1;
        var lunarYear = monthIndex < 2 ? yearOfA : yearOfA + 1;
        return new LunarDate(lunarYear, month, day - NewMoonDay(k) + 1, isLeap);
    }

    public DateOnly ToGregorian(LunarDate date)
    {
        if (date.Month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "Lunar month must be 1–12.");
        }
        if (date.Day is < 1 or > 30)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "Lunar day must be 1–30.");
        }
        if (date.Year <= MinYear || date.Year >= MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"Supported lunar years: {MinYear + 1}–{MaxYear - 1}.");
        }

        // Months 11 and 12 of lunar year Y follow the month 11 that starts in Gregorian December of Y.
        var yearOfA = date.Month >= 11 ? date.Year : date.Year - 1;
        var a11 = Month11(yearOfA);
        var b11 = Month11(yearOfA + 1);

        var offset = (date.Month + 1) % 12; // month 11 → 0, 12 → 1, 1 → 2, ..., 10 → 11
        if (b11 - a11 == 13)
        {
            var leapOffset = LeapOffset(a11);
            var leapMonth = (leapOffset - 1 + 10) % 12 + 1;
            if (date.IsLeapMonth)
            {
                if (leapMonth != date.Month)
                {
                    throw new ArgumentException($"Lunar year {date.Year} has no leap month {date.Month} (its leap month is {leapMonth}).", nameof(date));
                }
                offset = leapOffset;
            }
            else if (offset >= leapOffset)
            {
                offset++;
            }
        }
        else if (date.IsLeapMonth)
        {
            throw new ArgumentException($"There is no leap month {date.Month} in lunar year {date.Year}.", nameof(date));
        }

        var k = a11 + offset;
        var start = NewMoonDay(k);
        var length = NewMoonDay(k + 1) - start;
        if (date.Day > length)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"That lunar month has {length} days.");
        }
        return DateOnly.FromDayNumber(start + date.Day - 1);
    }

    /// <summary>Number (1–12) of the leap month of lunar year <paramref name="lunarYear"/>, or null.</summary>
    public int? LeapMonthOf(int lunarYear)
    {
        // Months 1–10 of the year sit in the window opened by the month 11 of the previous Gregorian year,
        // months 11–12 (and a leap 11 or 12) in the window opened in December of the year itself.
        var previous = LeapMonthInWindow(lunarYear - 1);
        if (previous is >= 1 and <= 10)
        {
            return previous;
        }
        var own = LeapMonthInWindow(lunarYear);
        return own is 11 or 12 ? own : null;
    }

    /// <summary>The local day (DayNumber) on which new moon <paramref name="k"/> falls.</summary>
    public int NewMoonDay(int k) =>
        JulianDay.LocalDayNumber(Astronomy.DynamicalToUniversal(Astronomy.NewMoonJde(k)), offsetDays);

    private int? LeapMonthInWindow(int gregorianYear)
    {
        var a11 = Month11(gregorianYear);
        if (Month11(gregorianYear + 1) - a11 != 13)
        {
            return null;
        }
        return (LeapOffset(a11) - 1 + 10) % 12 + 1;
    }

    /// <summary>Index (0–11) of the 30° arc the Sun is in at the local midnight that starts the day.</summary>
    private int SolarArc(int dayNumber)
    {
        var jde = Astronomy.UniversalToDynamical(JulianDay.LocalMidnight(dayNumber, offsetDays));
        return (int)(Astronomy.ApparentSolarLongitude(jde) / 30);
    }

    /// <summary>The lunation whose month contains the day: the last new moon on or before it.</summary>
    private int LunationContaining(int dayNumber)
    {
        var jd = dayNumber + JulianDay.OfDayNumberZero;
        var k = (int)Math.Floor((jd - Astronomy.NewMoonEpoch) / Astronomy.SynodicMonth);
        while (NewMoonDay(k + 1) <= dayNumber)
        {
            k++;
        }
        while (NewMoonDay(k) > dayNumber)
        {
            k--;
        }
        return k;
    }

    /// <summary>The lunation that is month 11 (contains the December solstice of <paramref name="gregorianYear"/>).</summary>
    private int Month11(int gregorianYear)
    {
        var k = LunationContaining(new DateOnly(gregorianYear, 12, 31).DayNumber);
        // If the Sun has already passed 270° when this month starts, the solstice fell in the month before.
        if (SolarArc(NewMoonDay(k)) >= 9)
        {
            k--;
        }
        return k;
    }

    /// <summary>Offset from month 11 of the first month without a principal term (the leap month of a 13-month window).</summary>
    private int LeapOffset(int month11)
    {
        var arc = SolarArc(NewMoonDay(month11 + 1));
        for (var i = 1; i <= 12; i++)
        {
            var next = SolarArc(NewMoonDay(month11 + i + 1));
            if (next == arc)
            {
                return i;
            }
            arc = next;
        }
        throw new InvalidOperationException($"No month without a principal term after lunation {month11}.");
    }
}

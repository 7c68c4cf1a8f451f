namespace Saas.Calendar;

/// <summary>How a dated entry of the official calendar changes the normal Monday–Friday week.</summary>
public enum CalendarDayKind
{
    /// <summary>Ngày lễ, tết (Labour Code 2019, Art. 112).</summary>
    Holiday,

    /// <summary>Nghỉ bù: a holiday fell on the weekly rest day, so the next working day is off (Labour Code 2019, Art. 111.3).</summary>
    CompensatoryDayOff,

    /// <summary>Ngày nghỉ do hoán đổi: a working day made a day off by the Prime Minister's swap, repaid by a <see cref="MakeUpWorkingDay"/>.</summary>
    SwappedDayOff,

    /// <summary>Ngày làm bù: a weekly rest day (usually a Saturday) worked to repay a swapped day off.</summary>
    MakeUpWorkingDay,
}

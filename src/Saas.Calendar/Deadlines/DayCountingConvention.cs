namespace Saas.Calendar;

/// <summary>
/// How "N working days from receipt" becomes an appointment time. The legal convention is established; whether the
/// one-stop software in use in Thanh Hóa follows it or counts working time from the moment of receipt was NOT
/// established, hence the option.
/// </summary>
public enum DayCountingConvention
{
    /// <summary>
    /// Default. Civil Code 2015, Art. 147.2: for a period in days "the first day is not counted; counting starts on
    /// the next day" — so the day of receipt is not counted, even when the application arrives at opening time;
    /// only working days count, so day 1 is the first working day after the day of receipt (which also makes an
    /// application received on a non-working day count from the next working day). Art. 148.1: the period ends at
    /// the end of its last day — here the close of office hours on working day N.
    /// </summary>
    ReceiptDayExcluded,

    /// <summary>
    /// N days = N × the daily working time, counted from the moment of receipt (or from the next opening when received
    /// outside office hours), so the appointment is at the same clock time N working days later. Offered because
    /// some one-stop software may count this way; no source for that was found, so it is not the default.
    /// </summary>
    WorkingTimeFromReceipt,
}

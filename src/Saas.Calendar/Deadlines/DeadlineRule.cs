namespace Saas.Calendar;

/// <summary>The time rules of one administrative procedure.</summary>
/// <param name="Limit">The processing time limit.</param>
/// <param name="ReceiptCutOff">
/// Procedure-specific, not general: an application received on a working day after this time of day is treated as
/// received on the next working day (e.g. 15:00 for some chứng thực and hộ tịch procedures). Null: no cut-off.
/// </param>
public sealed record DeadlineRule(TimeLimit Limit, TimeOnly? ReceiptCutOff = null);

namespace Saas.Calendar;

/// <summary>One dated exception to the normal working week.</summary>
/// <param name="Date">The civil date in Vietnam.</param>
/// <param name="Kind">What the day is.</param>
/// <param name="Name">Vietnamese name shown to users, e.g. "Giỗ Tổ Hùng Vương".</param>
/// <param name="Source">Legal basis or announcement the day comes from; "proposal, unconfirmed" for drafts.</param>
/// <param name="IsDraft">Generated or unconfirmed; an administrator must confirm it before it is relied on.</param>
/// <param name="Note">Free text for the administrator (why a day was proposed, what is unsure).</param>
public sealed record CalendarDay(
    DateOnly Date,
    CalendarDayKind Kind,
    string Name,
    string? Source = null,
    bool IsDraft = false,
    string? Note = null)
{
    public bool IsDayOff => Kind.IsDayOff();
}

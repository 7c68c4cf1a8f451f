namespace Saas.Calendar;

/// <summary>
/// The clock stopped for a supplement request (yêu cầu bổ sung, hoàn thiện hồ sơ): from the request to the citizen's
/// completion the time is not counted. Whether a second request makes the application late (QĐ 766 indicator rule)
/// is a statistics concern, not decided here.
/// </summary>
public sealed record SupplementPause(DateTimeOffset RequestedAt, DateTimeOffset CompletedAt)
{
    public DateTimeOffset RequestedAt { get; } = RequestedAt;

    public DateTimeOffset CompletedAt { get; } = CompletedAt >= RequestedAt
        ? CompletedAt
        : throw new ArgumentException("A supplement cannot be completed before it was requested.", nameof(CompletedAt));
}

namespace Saas.Documents.Search;

/// <summary>Filters of the document lists (sổ, hộp thư, tra cứu). Dates are local dates (Asia/Ho_Chi_Minh).</summary>
public sealed record DocumentQuery
{
    public string? Q { get; init; }

    public string? Status { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public string? Type { get; init; }

    public string? Register { get; init; }

    public short? Urgency { get; init; }

    public string? Handler { get; init; }

    public bool Overdue { get; init; }

    public int Page { get; init; } = 1;

    public int Size { get; init; } = 20;
}

/// <param name="TotalIsExact">False when a search only knows that more rows follow (Total is then a lower bound).</param>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int Size, int Total, bool TotalIsExact = true);

public sealed record IncomingListItem(
    Guid Id, string Status, string IssuerName, string NumberNotation, DateOnly IssuedDate, string DocumentTypeCode, string Subject,
    short Urgency, short Secrecy, DateTimeOffset ReceivedAt, string? RegisterCode, int? ArrivalNumber, DateOnly? ProcessingDeadline,
    bool Overdue, string? LeadHandler);

public sealed record OutgoingListItem(
    Guid Id, string Status, string DocumentTypeCode, string Subject, short Urgency, short Secrecy, string DrafterName,
    string? NumberNotation, DateTimeOffset? IssuedAt, DateTimeOffset UpdatedAt, int Recipients, int Delivered);

/// <summary>Việc cần xử lý: one line per thing waiting for the user.</summary>
public sealed record WorkItem(string Kind, Guid DocumentId, string Title, string Action, DateOnly? Deadline, bool Overdue, short Urgency);

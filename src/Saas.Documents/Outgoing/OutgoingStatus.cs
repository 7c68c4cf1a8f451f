namespace Saas.Documents.Outgoing;

/// <summary>Where an outgoing document stands; stored as the codes of <see cref="OutgoingStatusCodes"/>.</summary>
public enum OutgoingStatus
{
    /// <summary>Dự thảo: being drafted (or returned for edit).</summary>
    Draft,

    /// <summary>Trình duyệt: waiting for the current step of the approval route.</summary>
    InReview,

    /// <summary>Every step approved: ready for signing.</summary>
    Approved,

    /// <summary>Signed: ready for numbering and issue.</summary>
    Signed,

    /// <summary>Numbered and sent (phát hành).</summary>
    Issued,

    /// <summary>Recalled after issue (thu hồi).</summary>
    Recalled,
}

/// <summary>The codes the database, the API and the pages' text keys use for <see cref="OutgoingStatus"/>.</summary>
public static class OutgoingStatusCodes
{
    public static string Code(this OutgoingStatus status) => status switch
    {
        OutgoingStatus.Draft => "draft",
        OutgoingStatus.InReview => "in-review",
        OutgoingStatus.Approved => "approved",
        OutgoingStatus.Signed => "signed",
        OutgoingStatus.Issued => "issued",
        OutgoingStatus.Recalled => "recalled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static bool TryParse(string? code, out OutgoingStatus status)
    {
        foreach (var s in Enum.GetValues<OutgoingStatus>())
        {
            if (s.Code() == code)
            {
                status = s;
                return true;
            }
        }
        status = default;
        return false;
    }

    public static OutgoingStatus Parse(string code) =>
        TryParse(code, out var s) ? s : throw new FormatException($"Unknown outgoing document status '{code}'");
}

namespace Saas.Documents.Incoming;

/// <summary>Where an incoming document stands; stored as the codes of <see cref="IncomingStatusCodes"/>.</summary>
public enum IncomingStatus
{
    /// <summary>In the reception queue (tiếp nhận), not yet registered.</summary>
    Received,

    /// <summary>Sent back to its sender (trả lại).</summary>
    Returned,

    /// <summary>Registered (vào sổ), waiting for assignment.</summary>
    Registered,

    /// <summary>Assigned and being processed.</summary>
    InProgress,

    /// <summary>Processing finished (hoàn thành).</summary>
    Done,

    /// <summary>Recalled or replaced by its sender: frozen.</summary>
    Recalled,
}

/// <summary>The codes the database, the API and the pages' text keys use for <see cref="IncomingStatus"/>.</summary>
public static class IncomingStatusCodes
{
    public static string Code(this IncomingStatus status) => status switch
    {
        IncomingStatus.Received => "received",
        IncomingStatus.Returned => "returned",
        IncomingStatus.Registered => "registered",
        IncomingStatus.InProgress => "in-progress",
        IncomingStatus.Done => "done",
        IncomingStatus.Recalled => "recalled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static bool TryParse(string? code, out IncomingStatus status)
    {
        foreach (var s in Enum.GetValues<IncomingStatus>())
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

    public static IncomingStatus Parse(string code) =>
        TryParse(code, out var s) ? s : throw new FormatException($"Unknown incoming document status '{code}'");
}

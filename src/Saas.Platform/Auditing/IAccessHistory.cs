namespace Saas.Platform.Auditing;

/// <summary>
/// Who looked at what (ND 30/2020 Phụ lục VI 5a, 6l): views, downloads and exports of documents, work files and
/// attachments. The module that owns the item records the access after its own access rule let the user in, so
/// a refused request leaves no entry; reading the history is the owner's decision too.
/// </summary>
public interface IAccessHistory
{
    /// <summary>Records one access and commits it: call it on read paths only, as the last step of the request's unit of work.</summary>
    Task RecordAsync(string itemKind, string itemId, string action, string? partId = null, string? partName = null, CancellationToken ct = default);

    Task<IReadOnlyList<AccessEntry>> ForItemAsync(string itemKind, string itemId, int limit = 200, CancellationToken ct = default);

    /// <summary>Views and downloads per item of a kind in a period (local dates, inclusive), most accessed first.</summary>
    Task<IReadOnlyList<AccessCount>> CountsAsync(string itemKind, DateOnly from, DateOnly to, int limit = 100, CancellationToken ct = default);
}

public static class AccessActions
{
    public const string View = "view";
    public const string Download = "download";
    public const string Export = "export";
}

public sealed record AccessEntry(DateTimeOffset At, string ActorId, string ActorName, string Action, string? PartId, string? PartName);

public sealed record AccessCount(string ItemId, int Views, int Downloads, int People, DateTimeOffset LastAt);

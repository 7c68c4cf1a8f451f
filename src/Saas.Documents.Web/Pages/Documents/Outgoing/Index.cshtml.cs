using Saas.Documents;
using Saas.Documents.Configuration;
using Saas.Documents.Search;

namespace Saas.Documents.Web.Pages.Documents.Outgoing;

/// <summary>Văn bản đi: tabs by status, search, paging, and how many recipients the document has reached.</summary>
public sealed class IndexModel(DocumentSearchService search, DocumentConfigurationService config) : DocumentPageModel
{
    public static readonly string[] Tabs = ["draft", "in-review", "approved", "signed", "issued", "recalled", "all"];

    public string Tab { get; private set; } = "all";

    public string? Q { get; private set; }

    public string? Type { get; private set; }

    public PagedResult<OutgoingListItem> Result { get; private set; } = new([], 1, 20, 0);

    public IReadOnlyList<DocumentType> Types { get; private set; } = [];

    public IReadOnlyList<Register> Registers { get; private set; } = [];

    public int Pages => Math.Max(1, (Result.Total + Result.Size - 1) / Result.Size);

    public string TypeName(string code) => Types.FirstOrDefault(t => t.Code == code)?.Name ?? code;

    public async Task OnGetAsync(string? status, string? q, string? type, int? p, CancellationToken ct)
    {
        Tab = status is not null && Tabs.Contains(status) ? status : "all";
        Q = q;
        Type = type;
        Result = await search.OutgoingAsync(new DocumentQuery
        {
            Q = q,
            Status = Tab == "all" ? null : Tab,
            Type = string.IsNullOrWhiteSpace(type) ? null : type,
            Page = Math.Max(1, p ?? 1),
            Size = 20,
        }, ct);
        Types = await config.DocumentTypesAsync(ct);
        Registers = (await config.RegistersAsync(ct)).Where(r => r.Direction == "outgoing" && r.Active).ToList();
    }
}

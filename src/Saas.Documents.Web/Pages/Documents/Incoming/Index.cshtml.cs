using Saas.Documents;
using Saas.Documents.Configuration;
using Saas.Documents.Search;

namespace Saas.Documents.Web.Pages.Documents.Incoming;

/// <summary>Văn bản đến: tabs by status (reception queue first for clerks), search and filters, 20 per page.</summary>
public sealed class IndexModel(DocumentSearchService search, DocumentConfigurationService config, IDocumentUser user) : DocumentPageModel
{
    public static readonly string[] Tabs = ["received", "registered", "in-progress", "done", "returned", "recalled", "all"];

    public string Tab { get; private set; } = "all";

    public string? Q { get; private set; }

    public string? From { get; private set; }

    public string? To { get; private set; }

    public string? Type { get; private set; }

    public string? Register { get; private set; }

    public short? Urgency { get; private set; }

    public bool Overdue { get; private set; }

    public PagedResult<IncomingListItem> Result { get; private set; } = new([], 1, 20, 0);

    public IReadOnlyList<DocumentType> Types { get; private set; } = [];

    public IReadOnlyList<Saas.Documents.Configuration.Register> Registers { get; private set; } = [];

    public bool IsClerk => user.HasRole(DocumentRoles.Clerk);

    public int Pages => Math.Max(1, (Result.Total + Result.Size - 1) / Result.Size);

    public async Task OnGetAsync(string? status, string? q, string? from, string? to, string? type, string? register, short? urgency, bool overdue,
        int? p, CancellationToken ct)
    {
        Tab = status is not null && Tabs.Contains(status) ? status : IsClerk ? "received" : "all";
        Q = q;
        From = from;
        To = to;
        Type = type;
        Register = register;
        Urgency = urgency;
        Overdue = overdue;
        var fromDate = DocumentUi.ParseDate(from);
        var toDate = DocumentUi.ParseDate(to);
        if (!string.IsNullOrWhiteSpace(from) && fromDate is null)
        {
            Errors["from"] = ["documents.page.invalid_date"];
        }
        if (!string.IsNullOrWhiteSpace(to) && toDate is null)
        {
            Errors["to"] = ["documents.page.invalid_date"];
        }
        Result = await search.IncomingAsync(new DocumentQuery
        {
            Q = q,
            Status = Tab == "all" ? null : Tab,
            From = fromDate,
            To = toDate,
            Type = NullIfEmpty(type),
            Register = NullIfEmpty(register),
            Urgency = urgency,
            Overdue = overdue,
            Page = Math.Max(1, p ?? 1),
            Size = 20,
        }, ct);
        Types = await config.DocumentTypesAsync(ct);
        Registers = (await config.RegistersAsync(ct)).Where(r => r.Direction == "incoming").ToList();
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}

using Microsoft.AspNetCore.Mvc.RazorPages;
using Saas.Documents.Search;

namespace Saas.Host.Pages;

/// <summary>Việc cần xử lý: everything waiting for the user, nearest deadline first, overdue marked.</summary>
public sealed class MyWorkModel(DocumentSearchService search) : PageModel
{
    public IReadOnlyList<WorkItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await search.MyWorkAsync(ct);
}

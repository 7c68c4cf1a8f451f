using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Saas.Identity.Authorization;
using Saas.OneStop;
using Saas.OneStop.Applications;
using Saas.OneStop.Web.Pages;

namespace Saas.OneStop.Web.Pages.OneStop;

/// <summary>Bộ phận một cửa: the counter's queue, my processing list, overdue applications, and every application.</summary>
[Authorize(Policy = Policies.TenantMember)]
public sealed class IndexModel(ApplicationQueries queries, IOneStopUser user, TimeProvider clock) : OneStopPageModel
{
    [BindProperty(SupportsGet = true)]
    public string View { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public ApplicationPage Result { get; private set; } = new([], 1, 50, false);

    public DateTimeOffset Now { get; private set; }

    public bool IsCounter => user.HasRole(OneStopRoles.Counter);

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!OneStopUi.Views.Contains(View))
        {
            View = IsCounter ? "queue" : "mine";
        }
        Now = clock.GetUtcNow();
        Result = await queries.ListAsync(new ApplicationQuery(Q, null, View == "all" ? null : View, Page: Math.Max(PageNumber, 1), Size: 30), ct);
    }
}

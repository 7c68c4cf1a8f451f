using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Saas.Identity.Authorization;
using Saas.Platform.MultiTenancy;
using Saas.Platform.Statistics;
using Saas.Statistics.Dashboards;
using Saas.Statistics.Units;

namespace Saas.Statistics.Web.Pages.Statistics;

/// <summary>Thống kê của đơn vị: the current tenant's indicators, trends and progress toward the online goal.</summary>
[Authorize(Policy = Policies.TenantMember)]
public sealed class IndexModel(DashboardService dashboards, UnitDirectory units, ICurrentTenant tenant, AccessRanking ranking,
    Saas.Documents.IDocumentUser user, TimeProvider clock) : PageModel
{
    /// <summary>The most viewed documents and files of the last 30 days, for leaders and the tenant admin.</summary>
    public IReadOnlyList<AccessRanking.Row>? MostAccessed { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public TenantDashboard? Board { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var (range, error) = MonthRange.Parse(From, To, StatisticsDays.Today(clock));
        if (range is null)
        {
            Error = error;
            range = MonthRange.LastTwelve(StatisticsDays.Today(clock));
        }
        (From, To) = (range.FromKey, range.ToKey);
        var t = tenant.Tenant!;
        var unit = await units.FindAsync(t.Slug, ct) ?? new Unit(t.Id, t.Slug, t.Name, t.Level, null, t.Status, t.DatabaseConnectionString);
        Board = await dashboards.ForTenantAsync(unit, range, ct);
        if (user.HasRole("leader", "tenant-admin"))
        {
            var today = StatisticsDays.Today(clock);
            var rows = new List<AccessRanking.Row>();
            foreach (var kind in AccessRanking.Kinds)
            {
                rows.AddRange(await ranking.TopAsync(kind, today.AddDays(-29), today, 10, ct));
            }
            MostAccessed = [.. rows.OrderByDescending(r => r.Views + r.Downloads).Take(10)];
        }
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Saas.Platform.Statistics;
using Saas.Statistics.Access;
using Saas.Statistics.Dashboards;
using Saas.Statistics.Units;

namespace Saas.Statistics.Web.Pages.Statistics;

/// <summary>
/// Thống kê toàn tỉnh: province → level → unit, the ranking, and each level's progress toward 100% online —
/// within the viewer's granted subtree (platform administrators see everything).
/// </summary>
[Authorize]
public sealed class ProvinceModel(DashboardService dashboards, ObserverGrants grants, UnitDirectory units, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Level { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Indicator { get; set; } = IndicatorCatalogCodes.Online;

    public ProvinceDashboard? Board { get; private set; }

    public TenantDashboard? UnitBoard { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var visible = await grants.VisibleAsync(StatisticsAccess.Viewer(User), ct);
        if (visible is { Count: 0 })
        {
            return Forbid();
        }
        var (range, error) = MonthRange.Parse(From, To, StatisticsDays.Today(clock));
        if (range is null)
        {
            Error = error;
            range = MonthRange.LastTwelve(StatisticsDays.Today(clock));
        }
        (From, To) = (range.FromKey, range.ToKey);
        if (!Indicators.Headline.Contains(Indicator))
        {
            Indicator = IndicatorCatalogCodes.Online;
        }
        if (Unit is not null)
        {
            var unit = await units.FindAsync(Unit, ct);
            if (unit is null || (visible is not null && !visible.Contains(unit.Id)))
            {
                return NotFound();
            }
            UnitBoard = await dashboards.ForTenantAsync(unit, range, ct);
            return Page();
        }
        Board = await dashboards.ForProvinceAsync(visible, range, Saas.Platform.MultiTenancy.TenantLevels.All.Contains(Level ?? "") ? Level : null, ct);
        return Page();
    }
}

public static class IndicatorCatalogCodes
{
    public const string Online = Saas.Statistics.Catalogue.IndicatorCatalog.WorkFilesOnline;
}

using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Identity.Memberships;
using Saas.Statistics.Access;
using Saas.Statistics.Dashboards;
using Saas.Web.Http;

namespace Saas.Statistics.Web;

/// <summary>Builds the statistics viewer from the signed-in user, and the problems of the statistics API (text keys, bilingual details).</summary>
public static class StatisticsAccess
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static StatisticsViewer Viewer(ClaimsPrincipal user) =>
        new(user.Identity?.Name ?? "", user.IsPlatformAdmin(), user.IsInRole(PlatformRoles.ProvinceObserver));

    public static ProblemHttpResult NoScope() => Problems.Forbidden("statistics.web.no_scope");

    public static ProblemHttpResult OutOfScope() => Problems.Forbidden("statistics.web.out_of_scope");

    /// <param name="errorKey">A text key (or a key returned by the module, such as <see cref="MonthRange.Parse"/>'s).</param>
    public static ValidationProblem BadPeriod(string errorKey) =>
        Problems.Validation(new Dictionary<string, string[]> { ["period"] = [errorKey] });

    public static (MonthRange? Range, ValidationProblem? Problem) Period(string? from, string? to, TimeProvider clock)
    {
        var (range, error) = MonthRange.Parse(from, to, Saas.Platform.Statistics.StatisticsDays.Today(clock));
        return range is null ? (null, BadPeriod(error!)) : (range, null);
    }

    public static bool TryDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out day);

    public static bool TryMonth(string? text, out DateOnly month) => TryDay(text + "-01", out month);
}

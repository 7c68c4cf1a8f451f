using System.Security.Claims;
using Saas.Identity.Memberships;
using Saas.Statistics.Access;
using Saas.Statistics.Dashboards;

namespace Saas.Host.Statistics;

/// <summary>Builds the statistics viewer from the signed-in user, and the bilingual problems of the statistics API.</summary>
public static class StatisticsAccess
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static StatisticsViewer Viewer(ClaimsPrincipal user) =>
        new(user.Identity?.Name ?? "", user.IsPlatformAdmin(), user.IsInRole(PlatformRoles.ProvinceObserver));

    public static IResult Forbidden(string detail) => TypedResults.Problem(
        title: "Không có quyền / Forbidden", detail: detail, statusCode: StatusCodes.Status403Forbidden,
        type: "https://saas.thanhhoa.gov.vn/problems/forbidden");

    public static IResult NoScope() => Forbidden(
        "Bạn chưa được cấp phạm vi theo dõi thống kê; quản trị nền tảng cấp phạm vi cho người theo dõi. / " +
        "You have not been granted a statistics scope; platform administrators grant observers their scope.");

    public static IResult OutOfScope() => Forbidden(
        "Đơn vị này nằm ngoài phạm vi theo dõi của bạn. / This unit is outside the scope you were granted.");

    public static IResult BadPeriod(string error) =>
        Saas.Web.Http.Problems.Validation(new Dictionary<string, string[]> { ["period"] = [error] });

    public static (MonthRange? Range, IResult? Problem) Period(string? from, string? to, TimeProvider clock)
    {
        var (range, error) = MonthRange.Parse(from, to, Saas.Platform.Statistics.StatisticsDays.Today(clock));
        return range is null ? (null, BadPeriod(error!)) : (range, null);
    }

    public static bool TryDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out day);

    public static bool TryMonth(string? text, out DateOnly month) => TryDay(text + "-01", out month);
}

using Saas.Documents;
using Saas.Identity.Authorization;
using Saas.Platform.Auditing;
using Saas.WorkFiles.Files;

namespace Saas.Host.Statistics;

/// <summary>
/// /api/v1/statistics/access: views and downloads per document or work file in a period (ND 30/2020 Phụ lục VI 6a:
/// "thống kê số lượt truy cập"). Figures for the tenant's leaders and admin; an item's title is named only where the
/// owning module's rule lets the viewer open it, otherwise the row says it is withheld.
/// </summary>
public static class AccessStatisticsEndpoints
{
    public sealed record AccessCountDto(string Kind, string ItemId, string? Title, bool Withheld, int Views, int Downloads, int People, DateTimeOffset LastAt);

    public static RouteGroupBuilder MapAccessStatisticsEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/statistics/access", async (string? kind, string? from, string? to, IAccessHistory history, IDocumentDirectory documents,
                WorkFileService files, TimeProvider clock, CancellationToken ct) =>
            {
                var k = string.IsNullOrEmpty(kind) ? "incoming" : kind;
                if (k is not ("incoming" or "outgoing" or "workfile"))
                {
                    return StatisticsAccess.BadPeriod("Loại phải là incoming, outgoing hoặc workfile. / Kind must be incoming, outgoing or workfile.");
                }
                var today = Saas.Platform.Statistics.StatisticsDays.Today(clock);
                DateOnly start = today.AddDays(-29), end = today;
                if ((from is not null && !StatisticsAccess.TryDay(from, out start)) || (to is not null && !StatisticsAccess.TryDay(to, out end))
                    || start > end || start.Year < 2000 || end.Year > 2100 || end.DayNumber - start.DayNumber > 3660)
                {
                    return StatisticsAccess.BadPeriod("Khoảng ngày yyyy-MM-dd không hợp lệ (tối đa 10 năm, từ năm 2000). / Invalid yyyy-MM-dd range (at most 10 years, from 2000).");
                }
                var counts = await history.CountsAsync(k, start, end, ct: ct);
                var rows = new List<AccessCountDto>();
                foreach (var c in counts)
                {
                    var title = !Guid.TryParse(c.ItemId, out var id) ? null
                        : k == "workfile" ? (await files.GetAsync(id, ct)) is { } f ? $"{f.Code} – {f.Title}" : null
                        : (await documents.FindAsync(k, id, ct)) is { } d ? $"{d.NumberNotation} – {d.Title}".TrimStart(' ', '–') : null;
                    rows.Add(new AccessCountDto(k, title is null ? "" : c.ItemId, title, title is null, c.Views, c.Downloads, c.People, c.LastAt));
                }
                return Results.Ok(rows);
            })
            .RequireAuthorization(Policies.TenantMember)
            .RequireAuthorization(p => p.AddRequirements(new TenantRoleRequirement(Saas.Identity.Memberships.TenantRoles.Leader, Saas.Identity.Memberships.TenantRoles.TenantAdmin)))
            .WithTags("Statistics")
            .WithSummary("Số lượt xem, tải theo văn bản, hồ sơ / Views and downloads per document or work file");
        return api;
    }
}

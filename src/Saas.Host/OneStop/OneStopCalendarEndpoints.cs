using Saas.Host.Infrastructure;
using Saas.Identity.Authorization;
using Saas.Identity.Memberships;
using Saas.OneStop.Calendar;
using Saas.OneStop.Catalogue;
using Saas.Platform.MultiTenancy;

namespace Saas.Host.OneStop;

/// <summary>The province working-day calendar (platform admins) and tenant-local days (tenant admins); deadline preview.</summary>
public static class OneStopCalendarEndpoints
{
    public static RouteGroupBuilder MapOneStopCalendarEndpoints(this RouteGroupBuilder api)
    {
        var p = api.MapGroup("/platform/onestop/calendar").RequireAuthorization(Policies.PlatformAdmin).WithTags("Platform: working-day calendar");
        p.MapGet("/{year:int}", (int year, ITenantScopeFactory scopes, CancellationToken ct) =>
            InPlatform(scopes, async c => { var (row, days) = await c.YearAsync(year, ct); return Results.Ok(new { year, status = row?.Status, source = row?.Source, days }); }));
        p.MapPost("/{year:int}/draft", (int year, ITenantScopeFactory scopes, CancellationToken ct) =>
            InPlatform(scopes, async c => (await c.GenerateDraftAsync(year, ct)).ToResult("ngày lịch", d => d)))
            .WithSummary("Tạo dự thảo lịch nghỉ năm từ âm lịch (Tết, Giỗ Tổ) / Generate next year's draft");
        p.MapPost("/{year:int}/confirm", (int year, HttpContext http, ITenantScopeFactory scopes, CancellationToken ct) =>
            InPlatform(scopes, async c => (await c.ConfirmAsync(year, http.User.DisplayName(), ct)).ToResult("ngày lịch", r => r)))
            .WithSummary("Xác nhận lịch năm / Confirm the year");
        p.MapPut("/days/{date}", (DateOnly date, DayBody body, ITenantScopeFactory scopes, CancellationToken ct) =>
            InPlatform(scopes, async c => (await c.SetDayAsync(date, body.Kind ?? "", body.Name ?? "", body.Source, ct)).ToResult("ngày lịch", r => r)))
            .WithSummary("Thêm/sửa một ngày (nghỉ, nghỉ bù, hoán đổi, làm bù) / Set a day");

        var t = api.MapGroup("/onestop/calendar").RequireAuthorization(Policies.TenantMember).WithTags("One-stop shop");
        t.MapPut("/local-days/{date}", async (DateOnly date, DayBody body, CalendarService c, CancellationToken ct) =>
            (await c.SetLocalDayAsync(date, body.Kind ?? "", body.Name ?? "", ct)).ToResult("ngày lịch", r => r))
            .RequireAuthorization(Policies.TenantAdmin).WithSummary("Ngày nghỉ riêng của đơn vị / Local day");
        t.MapGet("/deadline", async (string procedure, DateTimeOffset? receivedAt, CatalogueService catalogue, CalendarService calendar, TimeProvider clock, CancellationToken ct) =>
        {
            if (await catalogue.FindAsync(procedure, ct) is not { } p)
            {
                return Saas.Web.Http.Problems.NotFound("thủ tục");
            }
            var result = (await calendar.CalculatorAsync(ct)).Calculate(receivedAt ?? clock.GetUtcNow(), p.DeadlineRule());
            return Results.Ok(new { procedure = p.Code, limit = p.TimeText, result.AppointmentAt, result.CountingStartsAt });
        }).WithSummary("Tính ngày hẹn trả theo ngày làm việc / Appointment preview");
        return api;
    }

    private static async Task<IResult> InPlatform(ITenantScopeFactory scopes, Func<CalendarService, Task<IResult>> action)
    {
        await using var scope = scopes.CreatePlatformScope();
        return await action(scope.ServiceProvider.GetRequiredService<CalendarService>());
    }
}

public sealed record DayBody(string? Kind, string? Name, string? Source);

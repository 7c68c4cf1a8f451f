using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Identity.Authorization;
using Saas.Platform.Text;
using Saas.Web.Http;
using Saas.WorkFiles.Notifications;

namespace Saas.WorkFiles.Web.Apis;

/// <summary>/api/v1/notifications: the signed-in person's thông báo (deadline and deposit reminders).</summary>
public static class NotificationsApi
{
    public static RouteGroupBuilder MapNotifications(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/notifications").RequireAuthorization(Policies.TenantMember).WithTags("Notifications");
        g.MapGet("/", async (bool? unread, NotificationService s, CancellationToken ct) =>
            TypedResults.Ok((await s.MineAsync(unread ?? false, ct)).Select(NotificationDto.From).ToList()))
            .WithSummary(Texts.Bilingual("workfiles.api.notifications.list"));
        g.MapPost("/{id:guid}/read", MarkReadAsync).WithSummary(Texts.Bilingual("workfiles.api.notifications.read"));
        return api;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> MarkReadAsync(Guid id, NotificationService s, CancellationToken ct) =>
        await s.MarkReadAsync(id, ct) ? TypedResults.NoContent() : Problems.NotFound("what.notification");
}

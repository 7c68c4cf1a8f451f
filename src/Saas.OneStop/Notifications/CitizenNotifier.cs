using Microsoft.Extensions.Logging;
using Saas.OneStop.Applications;
using Saas.Platform.Data;

namespace Saas.OneStop.Notifications;

/// <summary>Records what the citizen is told (SMS to the phone, e-mail when given) and sends it after commit.</summary>
public sealed class CitizenNotifier(INotificationSender sender, TenantDataSession session, TimeProvider clock, ILogger<CitizenNotifier> logger)
{
    public void Notify(OneStopDbContext db, Application app, string body)
    {
        var messages = new List<CitizenMessage> { new("sms", app.ApplicantPhone, app.Code, body) };
        if (!string.IsNullOrWhiteSpace(app.ApplicantEmail))
        {
            messages.Add(new CitizenMessage("email", app.ApplicantEmail, app.Code, body));
        }
        foreach (var m in messages)
        {
            db.Notifications.Add(new CitizenNotification
            {
                TenantId = app.TenantId,
                Id = Guid.CreateVersion7(),
                ApplicationId = app.Id,
                Channel = m.Channel,
                Recipient = m.Recipient,
                Body = $"[{app.Code}] {body}",
                CreatedAt = clock.GetUtcNow(),
            });
        }
        session.AfterCommit(() => _ = SendAllAsync(messages));
    }

    // After commit and off the request: a slow or failing gateway must not fail or delay the officer's action.
    private async Task SendAllAsync(IEnumerable<CitizenMessage> messages)
    {
        foreach (var m in messages)
        {
            try
            {
                await sender.SendAsync(m, CancellationToken.None);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Notification for {Code} failed", m.Code);
            }
        }
    }
}

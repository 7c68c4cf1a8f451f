using Microsoft.Extensions.Logging;

namespace Saas.OneStop.Notifications;

/// <summary>A message to the citizen about their application.</summary>
public sealed record CitizenMessage(string Channel, string Recipient, string Code, string Body);

/// <summary>
/// Pluggable delivery (SMS gateway, e-mail, the citizen portal's in-app inbox). The message is first recorded in
/// <c>onestop.notifications</c> in the transaction of the change; the sender runs after commit.
/// </summary>
public interface INotificationSender
{
    Task SendAsync(CitizenMessage message, CancellationToken ct);
}

/// <summary>Default: writes to the log only. The recorded row is what the officer and the tests see.</summary>
internal sealed class LoggingNotificationSender(ILogger<LoggingNotificationSender> logger) : INotificationSender
{
    public Task SendAsync(CitizenMessage message, CancellationToken ct)
    {
        logger.LogInformation("Notification {Channel} to {Recipient} for {Code}: {Body}", message.Channel, message.Recipient, message.Code, message.Body);
        return Task.CompletedTask;
    }
}

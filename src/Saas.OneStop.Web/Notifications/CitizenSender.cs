using Saas.OneStop.Notifications;

namespace Saas.OneStop.Web.Notifications;

/// <summary>
/// Delivers the one-stop messages to citizens: e-mail through the configured SMTP server; SMS needs a gateway
/// contract that this deployment does not have, so SMS messages are logged (and recorded, as every message is, in
/// <c>onestop.notifications</c>). A gateway plugs in by replacing this <see cref="INotificationSender"/>.
/// </summary>
public sealed class CitizenSender(Microsoft.Extensions.Options.IOptions<Saas.Web.Mail.SmtpOptions> smtp, ILogger<CitizenSender> logger) : INotificationSender
{
    public async Task SendAsync(CitizenMessage message, CancellationToken ct)
    {
        if (message.Channel == "email" && !string.IsNullOrWhiteSpace(smtp.Value.Host))
        {
            await Saas.Web.Mail.SmtpMail.SendAsync(smtp.Value, message.Recipient, null, $"Hồ sơ {message.Code}", $"Mã hồ sơ: {message.Code}\n\n{message.Body}", ct);
            return;
        }
        logger.LogInformation("Notification {Channel} to {Recipient} for {Code} (no gateway configured): {Body}",
            message.Channel, message.Recipient, message.Code, message.Body);
    }
}

using Saas.Identity.Keycloak;
using Saas.WorkFiles.Notifications;

namespace Saas.WorkFiles.Web;

/// <summary>Sends notification copies to the address Keycloak holds for the user.</summary>
public sealed class SmtpNotificationMailer(Microsoft.Extensions.Options.IOptions<Saas.Web.Mail.SmtpOptions> options, KeycloakAdminClient keycloak) : INotificationMailer
{
    public bool Enabled => !string.IsNullOrWhiteSpace(options.Value.Host);

    public async Task<bool> SendAsync(string userId, string subject, string body, CancellationToken ct)
    {
        var o = options.Value;
        var user = await keycloak.UserAsync(userId, ct);
        if (!Enabled || string.IsNullOrWhiteSpace(user?.Email))
        {
            return false;
        }
        await Saas.Web.Mail.SmtpMail.SendAsync(o, user.Email, user.DisplayName, subject, body, ct);
        return true;
    }
}

using Saas.Identity.Keycloak;
using Saas.WorkFiles.Notifications;

namespace Saas.Host.WorkFiles;

/// <summary>Bound from <c>Smtp</c>; e-mail copies of notifications are sent only when <see cref="Host"/> is set.</summary>
public sealed class SmtpOptions
{
    public string Host { get; set; } = "";

    public int Port { get; set; } = 25;

    public bool EnableSsl { get; set; }

    public string From { get; set; } = "no-reply@thanhhoa.gov.vn";

    public string? UserName { get; set; }

    public string? Password { get; set; }
}

/// <summary>Sends notification copies to the address Keycloak holds for the user.</summary>
public sealed class SmtpNotificationMailer(Microsoft.Extensions.Options.IOptions<SmtpOptions> options, KeycloakAdminClient keycloak) : INotificationMailer
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
        await Saas.Host.Infrastructure.SmtpMail.SendAsync(o, user.Email, user.DisplayName, subject, body, ct);
        return true;
    }
}

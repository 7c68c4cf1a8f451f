using Saas.Identity.Keycloak;
using Saas.WorkFiles.Notifications;

namespace Saas.WorkFiles.Web;

/// <summary>
/// Sends notification copies to the address Keycloak holds for the user. A singleton (the reminder job holds it), so it
/// asks for the typed Keycloak client per message: a typed HttpClient held forever would never see its handler renewed.
/// </summary>
public sealed class SmtpNotificationMailer(Microsoft.Extensions.Options.IOptions<Saas.Web.Mail.SmtpOptions> options, IServiceScopeFactory scopes) : INotificationMailer
{
    public bool Enabled => !string.IsNullOrWhiteSpace(options.Value.Host);

    public async Task<bool> SendAsync(string userId, string subject, string body, CancellationToken ct)
    {
        if (!Enabled)
        {
            return false;
        }
        await using var scope = scopes.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<KeycloakAdminClient>().UserAsync(userId, ct);
        if (string.IsNullOrWhiteSpace(user?.Email))
        {
            return false;
        }
        await Saas.Web.Mail.SmtpMail.SendAsync(options.Value, user.Email, user.DisplayName, subject, body, ct);
        return true;
    }
}

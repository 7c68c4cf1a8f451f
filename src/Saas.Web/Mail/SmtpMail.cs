using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using MimeKit.Text;

namespace Saas.Web.Mail;

/// <summary>One plain-text UTF-8 message through the configured SMTP server (<c>Smtp</c> section), sent with MailKit.</summary>
public static class SmtpMail
{
    public static async Task SendAsync(SmtpOptions o, string to, string? toName, string subject, string body, CancellationToken ct)
    {
        using var message = new MimeMessage();
        message.From.Add(new MailboxAddress(o.FromName, o.From));
        message.To.Add(new MailboxAddress(toName ?? "", to));
        message.Subject = subject.Length > 200 ? subject[..200] : subject;
        var text = new TextPart(TextFormat.Plain) { Text = body };
        // Codes and links stay readable in the raw message.
        text.ContentTransferEncoding = ContentEncoding.QuotedPrintable;
        message.Body = text;

        using var client = new SmtpClient();
        // EnableSsl kept its System.Net.Mail meaning: STARTTLS on the submission port, implicit TLS on 465.
        var security = !o.EnableSsl ? SecureSocketOptions.None : o.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
        await client.ConnectAsync(o.Host, o.Port, security, ct);
        if (!string.IsNullOrEmpty(o.UserName))
        {
            await client.AuthenticateAsync(o.UserName, o.Password ?? "", ct);
        }
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}

using System.Net;
using System.Net.Mail;

namespace Saas.Web.Mail;

/// <summary>One plain-text UTF-8 message through the configured SMTP server (<c>Smtp</c> section).</summary>
public static class SmtpMail
{
    public static async Task SendAsync(SmtpOptions o, string to, string? toName, string subject, string body, CancellationToken ct)
    {
        using var client = new SmtpClient(o.Host, o.Port) { EnableSsl = o.EnableSsl };
        if (!string.IsNullOrEmpty(o.UserName))
        {
            client.Credentials = new NetworkCredential(o.UserName, o.Password);
        }
        using var message = new MailMessage(new MailAddress(o.From, "Nền tảng Chính quyền số Thanh Hóa"), new MailAddress(to, toName))
        {
            Subject = subject.Length > 200 ? subject[..200] : subject,
            Body = body,
            SubjectEncoding = System.Text.Encoding.UTF8,
            BodyEncoding = System.Text.Encoding.UTF8,
            BodyTransferEncoding = System.Net.Mime.TransferEncoding.QuotedPrintable, // codes and links stay readable in the raw message
        };
        await client.SendMailAsync(message, ct);
    }
}

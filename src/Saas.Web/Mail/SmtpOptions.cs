namespace Saas.Web.Mail;

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

using System.ComponentModel.DataAnnotations;
namespace Saas.Web.Mail;

/// <summary>Bound from <c>Smtp</c>; e-mail copies of notifications are sent only when <see cref="Host"/> is set.</summary>
public sealed class SmtpOptions
{
    public string Host { get; set; } = "";

    [Range(1, 65535, ErrorMessage = "Smtp:Port must be between 1 and 65535.")]
    public int Port { get; set; } = 25;

    public bool EnableSsl { get; set; }

    [Required(AllowEmptyStrings = false, ErrorMessage = "Smtp:From is required.")]
    [EmailAddress(ErrorMessage = "Smtp:From must be an e-mail address.")]
    public string From { get; set; } = "no-reply@thanhhoa.gov.vn";

    /// <summary>The sender's display name.</summary>
    public string FromName { get; set; } = "Nền tảng Chính quyền số Thanh Hóa";

    public string? UserName { get; set; }

    public string? Password { get; set; }
}

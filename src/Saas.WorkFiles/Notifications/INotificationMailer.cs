namespace Saas.WorkFiles.Notifications;

/// <summary>E-mail copy of a notification; the host supplies an SMTP sender when <c>Smtp:Host</c> is configured.</summary>
public interface INotificationMailer
{
    bool Enabled { get; }

    /// <returns>True when the message was handed to the mail server.</returns>
    Task<bool> SendAsync(string userId, string subject, string body, CancellationToken ct);
}

internal sealed class NoMailer : INotificationMailer
{
    public bool Enabled => false;

    public Task<bool> SendAsync(string userId, string subject, string body, CancellationToken ct) => Task.FromResult(false);
}

using Saas.Platform.MultiTenancy;

namespace Saas.WorkFiles.Notifications;

/// <summary>An in-app notification (thông báo); <see cref="DedupeKey"/> makes each reminder happen once.</summary>
public sealed class Notification : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid Id { get; set; }

    public string UserId { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Title { get; set; } = "";

    public string? Link { get; set; }

    public string DedupeKey { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }

    public DateTimeOffset? EmailedAt { get; set; }
}

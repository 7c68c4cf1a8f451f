using Saas.Platform.MultiTenancy;

namespace Saas.Documents.Outgoing;

/// <summary>Nơi nhận, with the delivery status reported back in edXML status codes.</summary>
public sealed class OutgoingRecipient : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid DocumentId { get; set; }

    public Guid Id { get; set; }

    /// <summary>platform | external.</summary>
    public string Kind { get; set; } = "platform";

    public Guid? RecipientTenantId { get; set; }

    public string Name { get; set; } = "";

    public string? StatusCode { get; set; }

    public string? StatusNote { get; set; }

    public DateTimeOffset? StatusAt { get; set; }
}

/// <summary>edXML status codes (QCVN 102:2016) and their Vietnamese meanings.</summary>
public static class EdxmlStatus
{
    public const string Arrived = "01";
    public const string Refused = "02";
    public const string Received = "03";
    public const string Assigned = "04";
    public const string Processing = "05";
    public const string Done = "06";

    public static string Describe(string? code) => code switch
    {
        Arrived => "Đã đến",
        Refused => "Từ chối tiếp nhận",
        Received => "Đã tiếp nhận, vào sổ",
        Assigned => "Đã phân công",
        Processing => "Đang xử lý",
        Done => "Hoàn thành",
        null => "Chưa gửi",
        _ => code,
    };
}

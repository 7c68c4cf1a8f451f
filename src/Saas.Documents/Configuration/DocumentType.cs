using Saas.Platform.MultiTenancy;

namespace Saas.Documents.Configuration;

/// <summary>Loại văn bản của một đơn vị (Nghị định 30/2020, Điều 7).</summary>
public sealed class DocumentType : ITenantOwned
{
    public Guid TenantId { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Chữ viết tắt (Phụ lục III), null for công văn and thư công.</summary>
    public string? Abbreviation { get; set; }

    public int SortOrder { get; set; }

    public bool Active { get; set; } = true;
}

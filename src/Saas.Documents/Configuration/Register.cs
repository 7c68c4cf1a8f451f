using Saas.Platform.MultiTenancy;

namespace Saas.Documents.Configuration;

/// <summary>Sổ đăng ký văn bản: one numbering series of a tenant, restarting each year.</summary>
public sealed class Register : ITenantOwned
{
    public Guid TenantId { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>incoming (văn bản đến) or outgoing (văn bản đi).</summary>
    public string Direction { get; set; } = "incoming";

    /// <summary>Sổ văn bản mật: a separate series under the state-secrets law.</summary>
    public bool Secret { get; set; }

    public List<string> DocumentTypes { get; set; } = [];

    public bool Active { get; set; } = true;

    /// <summary>Edited by the tenant's admin: level defaults no longer overwrite it.</summary>
    public bool Customized { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

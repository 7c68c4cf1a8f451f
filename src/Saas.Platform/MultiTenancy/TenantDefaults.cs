namespace Saas.Platform.MultiTenancy;

/// <summary>Per-level defaults from <c>tenants/&lt;province&gt;/defaults</c> that modules turn into tenant-owned rows.</summary>
public sealed record TenantDefaults(
    IReadOnlyList<DocumentTypeDefinition> DocumentTypes,
    IReadOnlyDictionary<string, IReadOnlyList<RegisterDefinition>> RegistersByLevel);

/// <summary>Loại văn bản (Nghị định 30/2020, Điều 7; chữ viết tắt theo Phụ lục III).</summary>
public sealed record DocumentTypeDefinition(string Code, string Name, string? Abbreviation, int Order);

/// <summary>Sổ đăng ký văn bản: one numbering series.</summary>
public sealed record RegisterDefinition(
    string Code, string Name, string Direction, bool Secret, IReadOnlyList<string> DocumentTypes);

/// <summary>What applying something changed, for the kubectl-style report of <c>tenants apply</c>.</summary>
public sealed record ApplyChange(string Kind, string Key, string Outcome, string? Detail = null)
{
    public const string Created = "created";
    public const string Changed = "changed";
    public const string Unchanged = "unchanged";
}

/// <summary>
/// Implemented by modules that keep per-tenant configuration (document types, registers, procedures…).
/// Called in the platform scope of the tenant's database, inside the apply transaction of that database.
/// </summary>
public interface ITenantDefaultsApplier
{
    Task<IReadOnlyList<ApplyChange>> ApplyAsync(TenantInfo tenant, TenantDefaults defaults, CancellationToken ct);
}

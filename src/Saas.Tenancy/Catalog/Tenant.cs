using System.Security.Cryptography;
using System.Text;
using Saas.Platform.MultiTenancy;

namespace Saas.Tenancy.Catalog;

/// <summary>A tenant of the platform: one state agency (cơ quan, đơn vị) of the province.</summary>
public sealed class Tenant
{
    public Guid Id { get; set; }

    public string Slug { get; set; } = "";

    public string Name { get; set; } = "";

    public string? ShortName { get; set; }

    public string Level { get; set; } = TenantLevels.Department;

    public Guid? ParentId { get; set; }

    /// <summary>Issuer part of the ký hiệu, e.g. "UBND" in 15/QĐ-UBND.</summary>
    public string? Notation { get; set; }

    /// <summary>Mã định danh, QCVN 102:2016 form (000.00.00.H56).</summary>
    public string? AgencyCodeQcvn102 { get; set; }

    /// <summary>Mã định danh, QĐ 20/2020/QĐ-TTg form.</summary>
    public string? AgencyCodeQd20 { get; set; }

    /// <summary>verified | reported | unknown: unknown codes are never invented.</summary>
    public string AgencyCodeStatus { get; set; } = "unknown";

    public string? AgencyCodeSource { get; set; }

    public string Status { get; set; } = TenantStatuses.Active;

    public Guid? SuccessorId { get; set; }

    public List<string> Predecessors { get; set; } = [];

    public List<string> Hosts { get; set; } = [];

    /// <summary>Location of the tenant's own database (host, port, database; no credentials), null for the shared one.</summary>
    public string? DatabasePlacement { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public TenantInfo ToInfo() => new(Id, Slug, Name, Level, Status, DatabasePlacement, Notation, AgencyCodeQcvn102);

    /// <summary>
    /// Ids derive from the slug (name-based UUID, RFC 9562 v5 style), so applying the same tree to any
    /// database, or twice, yields the same ids.
    /// </summary>
    public static Guid IdFor(string slug)
    {
        var ns = new Guid("6f1c2b7e-4d0a-5c3e-9a51-0b5e2f7d8c41").ToByteArray(bigEndian: true);
        var name = Encoding.UTF8.GetBytes(slug);
        var hash = SHA1.HashData([.. ns, .. name]);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}

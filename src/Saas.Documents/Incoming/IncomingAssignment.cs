using Saas.Platform.MultiTenancy;

namespace Saas.Documents.Incoming;

/// <summary>Phân công xử lý: chủ trì (lead), phối hợp (coordinate) or để biết (inform).</summary>
public sealed class IncomingAssignment : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid DocumentId { get; set; }

    public Guid Id { get; set; }

    public string AssigneeId { get; set; } = "";

    public string AssigneeName { get; set; } = "";

    public string Role { get; set; } = AssignmentRoles.Lead;

    public DateOnly? Deadline { get; set; }

    public string AssignedBy { get; set; } = "";

    public string AssignedByName { get; set; } = "";

    public DateTimeOffset AssignedAt { get; set; }

    public Guid? ForwardedFrom { get; set; }

    public string Status { get; set; } = "pending";

    public DateTimeOffset? FinishedAt { get; set; }
}

public static class AssignmentRoles
{
    public const string Lead = "lead";
    public const string Coordinate = "coordinate";
    public const string Inform = "inform";

    public static readonly IReadOnlyList<string> All = [Lead, Coordinate, Inform];
}

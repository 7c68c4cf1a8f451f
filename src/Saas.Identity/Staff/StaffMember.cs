namespace Saas.Identity.Staff;

/// <summary>A user with at least one role in a tenant.</summary>
public sealed record StaffMember(string UserId, string Username, string DisplayName, string? Email, IReadOnlyList<string> Roles);

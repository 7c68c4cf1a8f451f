using Saas.Platform.Results;

namespace Saas.Platform.Organization;

/// <summary>
/// The current tenant's staff: the people holding a role in it. Implemented by the identity module (Keycloak groups), so
/// that documents, work files and the one-stop shop can refuse to give work to anyone else.
/// </summary>
public interface ITenantStaff
{
    Task<bool> IsStaffAsync(string userId, CancellationToken ct);
}

/// <summary>
/// The one check every place that gives work to someone runs: a unit must be an active unit of the tenant and a person
/// must be on its staff. Another tenant's clerk or an invented id would otherwise receive work nobody can see or do.
/// </summary>
public static class Assignees
{
    /// <summary>Text key (Resources/platform.*.json): the web layer shows it in the reader's language.</summary>
    public const string NotStaff = "platform.assignee.not_staff";

    public static async Task CheckAsync(IUnitNames units, ITenantStaff staff, IReadOnlyList<string?> assigneeIds, FieldErrors errors,
        Func<int, string> field, CancellationToken ct)
    {
        await UnitAssignees.CheckAsync(units, assigneeIds, errors, field, ct);
        for (var i = 0; i < assigneeIds.Count; i++)
        {
            // Blank ids are the callers' own "required" errors; units were checked above.
            if (assigneeIds[i] is { Length: > 0 } id && !UnitHandles.IsUnit(id) && !await staff.IsStaffAsync(id, ct))
            {
                errors.Add(field(i), NotStaff);
            }
        }
    }
}

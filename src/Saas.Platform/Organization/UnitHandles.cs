namespace Saas.Platform.Organization;

/// <summary>
/// How documents and tasks are assigned to a unit (phòng, ban) instead of a person: the assignee id is
/// <c>unit:&lt;code&gt;</c>. A person is named by their user id, which never contains ':'.
/// </summary>
public static class UnitHandles
{
    public const string Prefix = "unit:";

    public static string Of(string code) => Prefix + code;

    public static bool IsUnit(string? assigneeId) => assigneeId?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    public static string CodeOf(string handle) => handle[Prefix.Length..];
}

/// <summary>The current tenant's active units, code → name; implemented by the organisation module.</summary>
public interface IUnitNames
{
    Task<IReadOnlyDictionary<string, string>> ActiveAsync(CancellationToken ct);
}

public static class UnitAssignees
{
    /// <summary>Adds a field error for each <c>unit:</c> assignee that names no active unit of the tenant.</summary>
    public static async Task CheckAsync(IUnitNames units, IReadOnlyList<string?> assigneeIds, Results.FieldErrors errors, Func<int, string> field, CancellationToken ct)
    {
        if (!assigneeIds.Any(IsUnitId))
        {
            return;
        }
        var active = await units.ActiveAsync(ct);
        for (var i = 0; i < assigneeIds.Count; i++)
        {
            if (IsUnitId(assigneeIds[i]) && !active.ContainsKey(UnitHandles.CodeOf(assigneeIds[i]!)))
            {
                errors.Add(field(i), "platform.assignee.no_such_unit");
            }
        }
    }

    private static bool IsUnitId(string? id) => UnitHandles.IsUnit(id);
}

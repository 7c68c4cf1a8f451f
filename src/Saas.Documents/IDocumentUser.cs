namespace Saas.Documents;

/// <summary>The person acting on documents, with their roles in the current tenant (supplied by the host).</summary>
public interface IDocumentUser
{
    string Id { get; }

    string Name { get; }

    bool HasRole(params string[] roles);

    /// <summary>Assignee ids that mean this user: their own id, and "unit:&lt;code&gt;" for each unit they belong to.</summary>
    IReadOnlyList<string> Handles => [Id];

    /// <summary>Codes of the units this user heads (trưởng phòng): they see and hand out the unit's work.</summary>
    IReadOnlyList<string> HeadedUnits => [];
}

public static class DocumentRoles
{
    public const string Clerk = "clerk";
    public const string Leader = "leader";
    public const string Head = "head";
    public const string Specialist = "specialist";
}

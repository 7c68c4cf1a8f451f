namespace Saas.WorkFiles;

/// <summary>The acting user, supplied by the host (the same person as the documents module's <c>IDocumentUser</c>).</summary>
public interface IWorkFilesUser
{
    string Id { get; }

    string Name { get; }

    bool HasRole(params string[] roles);

    /// <summary>Assignee ids that mean this user: their own id, and "unit:&lt;code&gt;" for each unit they belong to.</summary>
    IReadOnlyList<string> Handles => [Id];

    /// <summary>Codes of the units this user heads (trưởng phòng): they see and hand out the unit's work.</summary>
    IReadOnlyList<string> HeadedUnits => [];
}

namespace Saas.WorkFiles;

/// <summary>The acting user, supplied by the host (the same person as the documents module's <c>IDocumentUser</c>).</summary>
public interface IWorkFilesUser
{
    string Id { get; }

    string Name { get; }

    bool HasRole(params string[] roles);
}

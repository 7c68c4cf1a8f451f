namespace Saas.Documents;

/// <summary>The person acting on documents, with their roles in the current tenant (supplied by the host).</summary>
public interface IDocumentUser
{
    string Id { get; }

    string Name { get; }

    bool HasRole(params string[] roles);
}

public static class DocumentRoles
{
    public const string Clerk = "clerk";
    public const string Leader = "leader";
    public const string Head = "head";
    public const string Specialist = "specialist";
}

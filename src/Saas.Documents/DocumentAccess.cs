using System.Linq.Expressions;
using Saas.Documents.Incoming;
using Saas.Documents.Outgoing;

namespace Saas.Documents;

/// <summary>
/// Who may see a document — the one access decision of the documents module. Clerks, leaders and heads of
/// division see the tenant's ordinary documents; secret ones (Mật, Tối mật, Tuyệt mật) only clerks and leaders;
/// everyone else only what they handle (assigned to them or to one of their units), draft, review or decided.
/// The rule is an expression so that lists, search, register books, the directory other modules use and single
/// look-ups all filter in SQL with the same predicate; <see cref="CanSee(IDocumentUser, IncomingDocument)"/> runs
/// the very same expression in memory on an already loaded document.
/// </summary>
public static class DocumentAccess
{
    /// <summary>Every role a route step can name; the user's own subset is handed to the SQL predicate.</summary>
    private static readonly string[] KnownRoles =
        [DocumentRoles.Clerk, DocumentRoles.Leader, DocumentRoles.Head, DocumentRoles.Specialist, "tenant-admin", "counter", "observer"];

    public static bool SeesAll(IDocumentUser user, short secrecy) =>
        secrecy == 0
            ? user.HasRole(DocumentRoles.Clerk, DocumentRoles.Leader, DocumentRoles.Head)
            : user.HasRole(DocumentRoles.Clerk, DocumentRoles.Leader);

    public static Expression<Func<IncomingDocument, bool>> IncomingRule(IDocumentUser user)
    {
        if (SeesAll(user, 1))
        {
            return d => true;
        }
        var handles = user.Handles.ToList();
        if (SeesAll(user, 0))
        {
            return d => d.Secrecy == 0 || d.Assignments.Any(a => handles.Contains(a.AssigneeId));
        }
        return d => d.Assignments.Any(a => handles.Contains(a.AssigneeId));
    }

    public static Expression<Func<OutgoingDocument, bool>> OutgoingRule(IDocumentUser user)
    {
        if (SeesAll(user, 1))
        {
            return d => true;
        }
        var id = user.Id;
        var roles = KnownRoles.Where(r => user.HasRole(r)).ToList();
        if (SeesAll(user, 0))
        {
            return d => d.Secrecy == 0 || d.DrafterId == id || d.Approvals.Any(a => a.DecidedBy == id)
                        || (d.Status == OutgoingStatus.InReview && d.RouteStep < d.Route.Count && roles.Contains(d.Route[d.RouteStep]));
        }
        return d => d.DrafterId == id || d.Approvals.Any(a => a.DecidedBy == id)
                    || (d.Status == OutgoingStatus.InReview && d.RouteStep < d.Route.Count && roles.Contains(d.Route[d.RouteStep]));
    }

    /// <summary>The rule on a loaded document (its assignments must be loaded).</summary>
    public static bool CanSee(IDocumentUser user, IncomingDocument doc) => IncomingRule(user).Compile(preferInterpretation: true)(doc);

    /// <summary>The rule on a loaded document (its approvals must be loaded).</summary>
    public static bool CanSee(IDocumentUser user, OutgoingDocument doc) => OutgoingRule(user).Compile(preferInterpretation: true)(doc);
}

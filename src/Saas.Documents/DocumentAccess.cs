using Saas.Documents.Incoming;
using Saas.Documents.Outgoing;

namespace Saas.Documents;

/// <summary>
/// Who may see a document. Clerks, leaders and heads of division see the tenant's ordinary documents;
/// secret ones (Mật, Tối mật, Tuyệt mật) only clerks and leaders; everyone else only what they handle.
/// </summary>
public static class DocumentAccess
{
    public static bool SeesAll(IDocumentUser user, short secrecy) =>
        secrecy == 0
            ? user.HasRole(DocumentRoles.Clerk, DocumentRoles.Leader, DocumentRoles.Head)
            : user.HasRole(DocumentRoles.Clerk, DocumentRoles.Leader);

    public static bool CanSee(IDocumentUser user, IncomingDocument doc) =>
        SeesAll(user, doc.Secrecy) || doc.Assignments.Any(a => user.Handles.Contains(a.AssigneeId));

    public static bool CanSee(IDocumentUser user, OutgoingDocument doc) =>
        SeesAll(user, doc.Secrecy) || doc.DrafterId == user.Id
        || (doc.Status == OutgoingStatus.InReview && doc.RouteStep < doc.Route.Count && user.HasRole(doc.Route[doc.RouteStep]))
        || doc.Approvals.Any(a => a.DecidedBy == user.Id);
}

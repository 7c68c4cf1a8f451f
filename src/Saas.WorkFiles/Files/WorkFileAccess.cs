using System.Linq.Expressions;
using Saas.Platform.Organization;

namespace Saas.WorkFiles.Files;

/// <summary>
/// Who may see a work file — the one access decision of the work-files module: its creator, the members of its
/// responsible unit (phòng, ban), and the agency's clerks (văn thư, lưu trữ: they collect and deposit files) and
/// leaders. A document inside a file the viewer may see is still shown only if the documents module's rule lets
/// the viewer open it (<see cref="Saas.Documents.IDocumentDirectory.VisibleAsync"/>); the others are withheld.
/// </summary>
public static class WorkFileAccess
{
    public const string Clerk = "clerk";
    public const string Leader = "leader";

    public static Expression<Func<WorkFile, bool>> Rule(IWorkFilesUser user)
    {
        if (user.HasRole(Clerk, Leader))
        {
            return f => true;
        }
        var id = user.Id;
        var units = user.Handles.Where(UnitHandles.IsUnit).Select(UnitHandles.CodeOf).ToList();
        return f => f.CreatorId == id || (f.ResponsibleUnit != null && units.Contains(f.ResponsibleUnit));
    }
}

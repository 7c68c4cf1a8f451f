namespace Saas.Statistics.Access;

/// <summary>
/// Names a document or work file of the access history (ND 30/2020 Phụ lục VI 6a ranking) for the current viewer, or
/// returns null when the owning module's own read rule does not let the viewer open it. Statistics holds no document:
/// the host composes this from the Documents and WorkFiles modules (a cross-module view), so that the statistics web
/// layer depends on no other business module.
/// </summary>
public interface IAccessedItemTitles
{
    /// <param name="kind">incoming, outgoing or workfile (<c>platform.access_history.kind</c>).</param>
    Task<string?> TitleAsync(string kind, Guid id, CancellationToken ct);
}

using Saas.Platform.MultiTenancy;

namespace Saas.Tenancy.Apply;

public sealed record ApplyReport(IReadOnlyList<ApplyChange> Changes, IReadOnlyList<ManifestError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public int Count(string outcome) => Changes.Count(c => c.Outcome == outcome);

    /// <summary>kubectl-style lines: created and changed items in full, unchanged ones summed up.</summary>
    public IEnumerable<string> Lines()
    {
        foreach (var e in Errors)
        {
            yield return "error  " + e;
        }
        foreach (var c in Changes.Where(c => c.Outcome != ApplyChange.Unchanged))
        {
            var mark = c.Outcome == ApplyChange.Created ? "+" : "~";
            yield return $"{mark} {c.Kind} {c.Key} {c.Outcome}{(c.Detail is null ? "" : ": " + c.Detail)}";
        }
        foreach (var group in Changes.Where(c => c.Outcome == ApplyChange.Unchanged).GroupBy(c => c.Kind))
        {
            yield return $"= {group.Count()} {group.Key} unchanged";
        }
        if (Succeeded)
        {
            yield return $"{Count(ApplyChange.Created)} created, {Count(ApplyChange.Changed)} changed, {Count(ApplyChange.Unchanged)} unchanged";
        }
    }
}

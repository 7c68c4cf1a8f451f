using Saas.Platform.Text;

namespace Saas.Documents.Search;

/// <summary>What the search box becomes for PostgreSQL's full-text search.</summary>
public static class SearchTerms
{
    /// <summary>
    /// "van ban den" → "van &amp; ban &amp; den:*": every word must appear, the last one may still be being typed.
    /// A last word of one or two letters is taken whole ("chuyen doi so" means số, not every word starting with "so"):
    /// such prefixes match a large part of the vocabulary and cost the most. Only folded letters and digits reach the
    /// query, at most ten words.
    /// </summary>
    public static string? ToTsQuery(string? q)
    {
        var words = VietnameseText.Fold(q).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(10).ToList();
        return words.Count == 0 ? null : string.Join(" & ", words.Select((w, i) => i == words.Count - 1 && w.Length >= 3 ? w + ":*" : w));
    }
}

namespace Saas.Web.Input;

/// <summary>
/// Maximum length (UTF-16 units, after NFC) of every text field, by its name. The columns are PostgreSQL
/// <c>text</c> (unbounded), so the limits are ours: identifiers and names stay well under the 2,704-byte btree entry
/// limit even as 3-byte Vietnamese letters in a two-column index (issuer name + number), subjects fit the longest
/// trích yếu of the registers, and notes hold a page of prose — a megabyte note was accepted before this.
/// </summary>
public static class TextLimits
{
    public const int Identifier = 255;
    public const int Name = 500;
    public const int Subject = 2000;
    public const int Prose = 4000;

    /// <summary>Route values are ids, codes and slugs.</summary>
    public const int RouteValue = Identifier;

    private static readonly string[] ProseWords =
        ["note", "content", "reason", "comment", "description", "result", "opinion", "summary", "remark", "guidance",
         "requirement", "basis", "message", "answer", "text", "body", "instruction", "feedback",
         // Textareas of one item per line (external recipients, procedure steps, papers, host names).
         "recipients", "steps", "papers", "hosts", "coordinators", "predecessors"];

    private static readonly string[] SubjectWords = ["subject", "title", "address", "q"];

    private static readonly string[] IdentifierWords =
        ["code", "id", "slug", "notation", "number", "phone", "email", "culture", "role", "status", "kind", "view", "type",
         "channel", "decision", "factor", "host", "level", "urgency", "secrecy", "purpose", "source", "scheme", "year",
         "month", "day", "date", "from", "to", "page", "size", "sort", "handler", "register", "unit", "user", "assignee"];

    /// <summary>The limit of a field called <paramref name="field"/> (JSON property, form field or query key).</summary>
    public static int For(string field)
    {
        var name = LastSegment(field);
        if (Matches(name, ProseWords))
        {
            return Prose;
        }
        if (Matches(name, SubjectWords))
        {
            return Subject;
        }
        if (name.EndsWith("name", StringComparison.OrdinalIgnoreCase) || name.EndsWith("position", StringComparison.OrdinalIgnoreCase))
        {
            return Name;
        }
        return Matches(name, IdentifierWords) ? Identifier : Name;
    }

    // "assignees[0].name" and "paper.gcn" are judged by their last word; "issuerCode" by its last camel-case word.
    private static string LastSegment(string field)
    {
        // A list element ("hosts[0]") is judged by its list's name.
        while (field.EndsWith(']') && field.LastIndexOf('[') is > 0 and var open)
        {
            field = field[..open];
        }
        var start = field.LastIndexOfAny(['.', ']', '[']) + 1;
        var name = start < field.Length ? field[start..] : field;
        return name.Length == 0 ? field : name;
    }

    private static bool Matches(string name, string[] words)
    {
        foreach (var w in words)
        {
            if (name.Equals(w, StringComparison.OrdinalIgnoreCase) || name.Equals(w + "s", StringComparison.OrdinalIgnoreCase)
                || EndsWithWord(name, w))
            {
                return true;
            }
        }
        return false;
    }

    private static bool EndsWithWord(string name, string word)
    {
        foreach (var candidate in new[] { word, word + "s" })
        {
            if (name.Length > candidate.Length && name.EndsWith(candidate, StringComparison.OrdinalIgnoreCase)
                && char.IsUpper(name[name.Length - candidate.Length]))
            {
                return true;
            }
        }
        return false;
    }
}

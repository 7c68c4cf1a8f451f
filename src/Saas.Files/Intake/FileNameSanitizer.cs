using System.Globalization;
using System.Text;

namespace Saas.Files.Intake;

/// <summary>
/// Cleans an uploaded file name for display and for Content-Disposition on download. The name is never used
/// as a path (blobs live under their hash), so this is about honesty and safety, not about file systems.
/// </summary>
public static class FileNameSanitizer
{
    public const int MaxLength = 255;

    /// <summary>The cleaned name, or null when nothing usable is left.</summary>
    public static string? Sanitize(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return null;
        }
        // Browsers and old IE send "C:\fakepath\x.pdf" or full paths; keep only the last part of either kind.
        var name = fileName[(fileName.LastIndexOfAny(['/', '\\']) + 1)..];

        // macOS sends Vietnamese decomposed (e + U+0302 + U+0301); compose it so names compare and search
        // the same as typed text.
        name = name.Normalize(NormalizationForm.FormC);

        var cleaned = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            // Control and format characters include the right-to-left override, the classic trick that shows
            // "invoice‮fdp.exe" as "invoiceexe.pdf".
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }
            if (rune.Value is '<' or '>' or ':' or '"' or '|' or '?' or '*')
            {
                cleaned.Append('_');
                continue;
            }
            cleaned.Append(Rune.IsWhiteSpace(rune) ? " " : rune.ToString());
        }

        // Windows drops trailing dots and spaces, which would change the extension a user sees.
        name = cleaned.ToString().Trim().TrimEnd('.', ' ');
        if (name.Length == 0 || name.All(c => c == '.'))
        {
            return null;
        }
        return Truncate(name);
    }

    /// <summary>Shortens the stem, keeping the extension, without cutting a letter in half.</summary>
    private static string Truncate(string name)
    {
        if (name.Length <= MaxLength)
        {
            return name;
        }
        var extension = Path.GetExtension(name);
        if (extension.Length >= MaxLength / 2)
        {
            extension = string.Empty;
        }
        var stem = name[..^extension.Length];
        var budget = MaxLength - extension.Length;
        var kept = new StringBuilder(budget);
        var elements = StringInfo.GetTextElementEnumerator(stem);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (kept.Length + element.Length > budget)
            {
                break;
            }
            kept.Append(element);
        }
        return kept.ToString().TrimEnd() + extension;
    }
}

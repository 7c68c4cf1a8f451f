using System.Globalization;

namespace Saas.Platform.Text;

/// <summary>
/// A text key with its arguments, carried as one string where a module can only return a message (an outcome's
/// message, a field error): <c>TextKey.With("documents.incoming.max_length", 200)</c>. <see cref="Texts"/> formats it
/// in each language it is shown in, so a page still shows one language and a problem detail both.
/// </summary>
public static class TextKey
{
    private const char Separator = '\u001F';

    public static string With(string key, params object?[] args) =>
        args.Length == 0 ? key : string.Join(Separator, [key, .. args.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? "")]);

    /// <summary>Splits a key made by <see cref="With"/>; false for a plain key or text.</summary>
    public static bool TryParse(string text, out string key, out object?[] args)
    {
        if (text.IndexOf(Separator, StringComparison.Ordinal) < 0)
        {
            key = text;
            args = [];
            return false;
        }
        var parts = text.Split(Separator);
        key = parts[0];
        args = parts[1..];
        return true;
    }
}

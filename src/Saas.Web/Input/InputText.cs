using System.Text;

namespace Saas.Web.Input;

/// <summary>
/// The rule every piece of text from a request obeys before any module sees it: no NUL (PostgreSQL refuses it in
/// text columns with 22021, which used to surface as a 500), no lone surrogate (not encodable as UTF-8, and
/// <see cref="string.Normalize()"/> throws on it), composed to NFC (macOS and some keyboards send Vietnamese
/// decomposed, which would not compare or search equal to typed text), and no longer than the field allows.
/// </summary>
public static class InputText
{
    /// <summary>The normalised text, or the error key of why it is refused.</summary>
    public static string? Check(string value, int maxLength, out string normalized)
    {
        normalized = value;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\0')
            {
                return InputErrorKeys.Nul;
            }
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                {
                    return InputErrorKeys.LoneSurrogate;
                }
                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return InputErrorKeys.LoneSurrogate;
            }
        }
        // Length is judged before composing too: normalising a megabyte only to refuse it is wasted work.
        if (value.Length > maxLength * 4)
        {
            return InputErrorKeys.TooLong;
        }
        normalized = value.IsNormalized(NormalizationForm.FormC) ? value : value.Normalize(NormalizationForm.FormC);
        return normalized.Length > maxLength ? InputErrorKeys.TooLong : null;
    }
}

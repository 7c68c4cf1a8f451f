using System.Globalization;
using Saas.Platform.Text;

namespace Saas.OneStop;

/// <summary>
/// What the one-stop shop writes for citizens and the record — notifications, public history, legal forms — stays
/// Vietnamese whatever the officer's UI language; everything else is shown in the reader's language.
/// </summary>
public static class OneStopTexts
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    public static string Vietnamese(string key, params object?[] args)
    {
        var text = Texts.TryGet(key, Culture, out var found) ? found : key;
        return args.Length == 0 ? text : string.Format(Culture, text, args);
    }
}

using System.Globalization;
using Microsoft.Extensions.Localization;
using Saas.Platform.Text;

namespace Saas.Web.Localization;

/// <summary>
/// The pages' <c>T["key"]</c>: the texts every module embeds (<see cref="Texts"/>), in the request's UI culture.
/// Vietnamese is the source language; a missing English text falls back to Vietnamese.
/// </summary>
public sealed class JsonStringLocalizer : IStringLocalizer
{
    public LocalizedString this[string name] => Find(name, null);

    public LocalizedString this[string name, params object[] arguments] => Find(name, arguments);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        Texts.All(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName).Select(kv => new LocalizedString(kv.Key, kv.Value));

    private static LocalizedString Find(string name, object[]? args)
    {
        var found = Texts.TryGet(name, out var text);
        var value = args is { Length: > 0 } ? string.Format(CultureInfo.CurrentCulture, text, args) : text;
        return new LocalizedString(name, value, resourceNotFound: !found);
    }
}

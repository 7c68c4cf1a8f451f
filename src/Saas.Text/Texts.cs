using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Saas.Platform.Text;

/// <summary>
/// Every module's texts: flat key → text JSON files under each project's <c>Resources/</c> folder
/// (<c>documents.vi.json</c>, <c>documents.en.json</c>…), embedded in the module's assembly by
/// <c>Directory.Build.props</c>. Services return keys; the web layer (or a job writing a notification) turns a key into
/// the current UI culture's text. Vietnamese is the source language: a missing English text falls back to Vietnamese,
/// a missing key is shown as itself so it is noticed rather than silently blank.
/// </summary>
public static class Texts
{
    private const string Prefix = "texts/";
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> Tables = new();

    static Texts() =>
        // A module loaded after the first lookup (a lazily loaded assembly) brings its texts with it.
        AppDomain.CurrentDomain.AssemblyLoad += (_, e) =>
        {
            if (IsOurs(e.LoadedAssembly))
            {
                Tables.Clear();
            }
        };

    /// <summary>The text for <paramref name="key"/> in the current UI culture, formatted with <paramref name="args"/>.</summary>
    public static string Get(string key, params object?[] args)
    {
        var text = TryGet(key, out var found) ? found : key;
        return args.Length == 0 ? text : string.Format(CultureInfo.CurrentCulture, text, args);
    }

    public static bool TryGet(string key, out string text) => TryGet(key, CultureInfo.CurrentUICulture, out text);

    public static bool TryGet(string key, CultureInfo culture, out string text)
    {
        var lang = culture.TwoLetterISOLanguageName;
        if (Table(lang).TryGetValue(key, out var t) || Table("vi").TryGetValue(key, out t))
        {
            text = t;
            return true;
        }
        text = key;
        return false;
    }

    /// <summary>A key is translated; anything else (a free text, a name) passes through unchanged.</summary>
    public static string Resolve(string? keyOrText) =>
        keyOrText is null ? "" : TryGet(keyOrText, out var text) ? text : keyOrText;

    public static IReadOnlyDictionary<string, string> All(string lang) => Table(lang);

    /// <summary>
    /// "Vietnamese / English" of one key, for API problem details, whose readers may be either (RFC 9457 texts of this
    /// API are bilingual; pages show the request's language only). A text that is not a key passes through unchanged.
    /// </summary>
    public static string Bilingual(string key, params object?[] args)
    {
        if (!TryGet(key, Vietnamese, out var vi))
        {
            return args.Length == 0 ? key : string.Format(CultureInfo.InvariantCulture, key, args);
        }
        TryGet(key, English, out var en);
        if (args.Length > 0)
        {
            vi = string.Format(Vietnamese, vi, args);
            en = string.Format(English, en, args);
        }
        return vi == en ? vi : $"{vi} / {en}";
    }

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static bool IsOurs(Assembly a) => !a.IsDynamic && (a.GetName().Name?.StartsWith("Saas.", StringComparison.Ordinal) ?? false);

    private static IReadOnlyDictionary<string, string> Table(string lang) =>
        Tables.GetOrAdd(lang, l =>
        {
            var table = new Dictionary<string, string>(StringComparer.Ordinal);
            var suffix = $".{l}.json";
            foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies().Where(IsOurs).OrderBy(a => a.GetName().Name, StringComparer.Ordinal))
            {
                foreach (var name in assembly.GetManifestResourceNames()
                    .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(suffix, StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal))
                {
                    using var stream = assembly.GetManifestResourceStream(name)!;
                    foreach (var (key, value) in JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [])
                    {
                        table[key] = value;
                    }
                }
            }
            return table;
        });
}

using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace Saas.Host.Localization;

/// <summary>
/// UI strings from <c>Resources/ui*.&lt;lang&gt;.json</c>: flat key → text files that translators can edit
/// without tooling. Vietnamese is the source language; a missing English text falls back to Vietnamese.
/// </summary>
public sealed class JsonStringLocalizer(IWebHostEnvironment env) : IStringLocalizer
{
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> Tables = new();

    public LocalizedString this[string name] => Find(name, null);

    public LocalizedString this[string name, params object[] arguments] => Find(name, arguments);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        Table(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName).Select(kv => new LocalizedString(kv.Key, kv.Value));

    private LocalizedString Find(string name, object[]? args)
    {
        var lang = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var found = Table(lang).TryGetValue(name, out var text) || Table("vi").TryGetValue(name, out text);
        var value = text ?? name;
        if (args is { Length: > 0 })
        {
            value = string.Format(CultureInfo.CurrentCulture, value, args);
        }
        return new LocalizedString(name, value, resourceNotFound: !found);
    }

    // ui.<lang>.json plus one file per module (ui.workfiles.<lang>.json, …), so modules do not edit one shared file.
    private IReadOnlyDictionary<string, string> Table(string lang) =>
        Tables.GetOrAdd(lang, l =>
        {
            var folder = Path.Combine(env.ContentRootPath, "Resources");
            if (!Directory.Exists(folder))
            {
                folder = Path.Combine(AppContext.BaseDirectory, "Resources");
            }
            var table = new Dictionary<string, string>();
            if (!Directory.Exists(folder))
            {
                return table;
            }
            foreach (var file in Directory.GetFiles(folder, $"ui*.{l}.json").Order(StringComparer.Ordinal))
            {
                foreach (var (key, value) in JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file)) ?? [])
                {
                    table[key] = value;
                }
            }
            return table;
        });
}

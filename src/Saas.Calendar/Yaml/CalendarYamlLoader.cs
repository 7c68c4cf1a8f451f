using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Saas.Calendar;

/// <summary>
/// Reads a yearly calendar file:
/// <code>
/// year: 2025
/// province: thanh-hoa
/// days:
///   - date: 2025-01-01
///     kind: holiday            # holiday | compensatory-day-off | swapped-day-off | make-up-working-day
///     name: Tết Dương lịch
///     source: "Bộ luật Lao động 2019, Điều 112"
///     draft: false             # optional; true = proposal not yet confirmed
///     note: ...                # optional
/// </code>
/// The representation model is used (not deserialisation into classes) because it keeps the line of every node,
/// which the error messages need.
/// </summary>
public static class CalendarYamlLoader
{
    private static readonly HashSet<string> TopKeys = ["year", "province", "days"];
    private static readonly HashSet<string> DayKeys = ["date", "kind", "name", "source", "draft", "note"];

    public static CalendarYear Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Loads every <c>*.yaml</c> of a directory, in file-name order.</summary>
    public static IReadOnlyList<CalendarYear> LoadDirectory(string directory) =>
        [.. Directory.GetFiles(directory, "*.yaml").Order(StringComparer.Ordinal).Select(Load)];

    /// <param name="yaml">File content.</param>
    /// <param name="fileName">Used in error messages only.</param>
    public static CalendarYear Parse(string yaml, string fileName)
    {
        var errors = new List<CalendarYamlError>();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new CalendarYamlException([new CalendarYamlError(fileName, e.Start.Line, e.Start.Column, e.Message)]);
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new CalendarYamlException([new CalendarYamlError(fileName, 1, 1, "Expected one document with keys year, province, days.")]);
        }

        void Error(YamlNode node, string message) =>
            errors.Add(new CalendarYamlError(fileName, node.Start.Line, node.Start.Column, message));

        ReportUnknownKeys(root, TopKeys, Error);

        var year = 0;
        if (Scalar(root, "year", Error, required: true) is { } yearNode
            && !int.TryParse(yearNode.Value, NumberStyles.None, CultureInfo.InvariantCulture, out year))
        {
            Error(yearNode, $"year '{yearNode.Value}' is not a number.");
        }

        var province = Scalar(root, "province", Error, required: true)?.Value ?? "";
        if (province.Length == 0 && root.Children.ContainsKey(new YamlScalarNode("province")))
        {
            Error(root, "province must not be empty.");
        }

        var days = new List<CalendarDay>();
        if (!root.Children.TryGetValue(new YamlScalarNode("days"), out var daysNode))
        {
            Error(root, "Missing key 'days'.");
        }
        else if (daysNode is not YamlSequenceNode sequence)
        {
            Error(daysNode, "days must be a list.");
        }
        else
        {
            var seen = new Dictionary<DateOnly, long>();
            foreach (var item in sequence)
            {
                if (ParseDay(item, year, Error) is not { } day)
                {
                    continue;
                }
                if (seen.TryGetValue(day.Date, out var firstLine))
                {
                    Error(item, $"{day.Date:yyyy-MM-dd} is already listed on line {firstLine}.");
                    continue;
                }
                seen[day.Date] = item.Start.Line;
                days.Add(day);
            }
        }

        if (errors.Count > 0)
        {
            throw new CalendarYamlException(errors);
        }
        return new CalendarYear(year, province, [.. days.OrderBy(d => d.Date)]);
    }

    private static CalendarDay? ParseDay(YamlNode item, int year, Action<YamlNode, string> error)
    {
        if (item is not YamlMappingNode map)
        {
            error(item, "Each entry of days must be a mapping (date, kind, name, source).");
            return null;
        }
        var failed = false;
        void Fail(YamlNode node, string message)
        {
            failed = true;
            error(node, message);
        }

        ReportUnknownKeys(map, DayKeys, Fail);

        DateOnly date = default;
        if (Scalar(map, "date", Fail, required: true) is { } dateNode)
        {
            if (!DateOnly.TryParseExact(dateNode.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                Fail(dateNode, $"date '{dateNode.Value}' is not a date in the form yyyy-MM-dd.");
            }
            else if (year != 0 && Math.Abs(date.Year - year) > 1)
            {
                // A make-up day may fall in the neighbouring year (e.g. Saturday 27/12/2014 repaid 02/01/2015), nothing further.
                Fail(dateNode, $"date {dateNode.Value} is too far from the file's year {year}.");
            }
        }

        CalendarDayKind kind = default;
        if (Scalar(map, "kind", Fail, required: true) is { } kindNode && !CalendarDayKindNames.TryParseYamlKey(kindNode.Value, out kind))
        {
            Fail(kindNode, $"kind '{kindNode.Value}' is not one of holiday, compensatory-day-off, swapped-day-off, make-up-working-day.");
        }

        var name = Scalar(map, "name", Fail, required: true)?.Value;
        if (name is not null && string.IsNullOrWhiteSpace(name))
        {
            Fail(map, "name must not be empty.");
        }

        var source = Scalar(map, "source", Fail, required: false)?.Value;
        var note = Scalar(map, "note", Fail, required: false)?.Value;

        var draft = false;
        if (Scalar(map, "draft", Fail, required: false) is { } draftNode && !bool.TryParse(draftNode.Value, out draft))
        {
            Fail(draftNode, $"draft '{draftNode.Value}' must be true or false.");
        }

        return failed ? null : new CalendarDay(date, kind, name!, source, draft, note);
    }

    private static YamlScalarNode? Scalar(YamlMappingNode map, string key, Action<YamlNode, string> error, bool required)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            if (required)
            {
                error(map, $"Missing key '{key}'.");
            }
            return null;
        }
        if (node is not YamlScalarNode scalar)
        {
            error(node, $"'{key}' must be a single value.");
            return null;
        }
        return scalar;
    }

    private static void ReportUnknownKeys(YamlMappingNode map, HashSet<string> allowed, Action<YamlNode, string> error)
    {
        foreach (var key in map.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } name } || !allowed.Contains(name))
            {
                error(key, $"Unknown key '{key}'; expected one of {string.Join(", ", allowed)}.");
            }
        }
    }
}

using System.Globalization;

namespace Saas.Web.Http;

/// <summary>Reads typed fields of a multipart form, turning malformed values into field errors instead of a bare 400.</summary>
public sealed class FormFields(IFormCollection form, FieldErrors errors)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public string? Text(string name) => form.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.ToString().Trim() : null;

    public DateOnly? Date(string name)
    {
        var text = Text(name);
        if (text is null)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }
        errors.Add(name, "web.field.invalid_date");
        return null;
    }

    public int? Int(string name)
    {
        var text = Text(name);
        if (text is null)
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i))
        {
            return i;
        }
        errors.Add(name, "web.field.not_integer");
        return null;
    }

    public short? Short(string name) => Int(name) is { } i ? (i is >= short.MinValue and <= short.MaxValue ? (short)i : (short)-1) : null;

    public IReadOnlyList<string> List(string name) =>
        form.TryGetValue(name, out var v) ? v.SelectMany(x => (x ?? "").Split(['\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList() : [];
}

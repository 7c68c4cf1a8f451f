using Saas.OneStop.Applications;

namespace Saas.OneStop.Web.Intake;

/// <summary>Typed multipart fields of the one-stop forms; a malformed number becomes a field error (a text key).</summary>
public sealed class OneStopFormFields(IFormCollection form, FieldErrors errors)
{
    public string? Text(string name) => form.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.ToString().Trim() : null;

    public short? Short(string name)
    {
        var text = Text(name);
        if (text is null)
        {
            return null;
        }
        if (short.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var s))
        {
            return s;
        }
        errors.Add(name, "onestop.web.field.whole_number");
        return null;
    }

    public IReadOnlyList<string> List(string name) =>
        form.TryGetValue(name, out var v) ? v.SelectMany(x => (x ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList() : [];

    public ApplicantInput Applicant() => new(Text("procedureCode"), Text("name"), Text("idNumber"), Text("phone"), Text("email"), Text("address"), Text("content"));
}

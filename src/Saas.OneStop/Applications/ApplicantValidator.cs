using System.Text.RegularExpressions;

namespace Saas.OneStop.Applications;

/// <summary>Checks of the applicant's identity fields, shared by the counter and the public form.</summary>
public static partial class ApplicantValidator
{
    // Vietnamese mobile and landline numbers: 0 + 9–10 digits, or +84 + 9–10 digits.
    [GeneratedRegex(@"^(\+84|0)\d{9,10}$")]
    private static partial Regex PhonePattern();

    // CCCD (12 digits, Circular 07/2016 and Law on Identification 2023) or the old CMND (9 digits).
    [GeneratedRegex(@"^(\d{9}|\d{12})$")]
    private static partial Regex IdPattern();

    public static string NormalizePhone(string? phone) => (phone ?? "").Replace(" ", "").Replace(".", "").Replace("-", "").Trim();

    public static string NormalizeId(string? id) => (id ?? "").Replace(" ", "").Trim();

    public static bool IsPhone(string? phone) => PhonePattern().IsMatch(NormalizePhone(phone));

    public static bool IsIdNumber(string? id) => IdPattern().IsMatch(NormalizeId(id));

    public static void Validate(ApplicantInput a, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(a.ProcedureCode))
        {
            errors.Add("procedureCode", "onestop.applicant.procedure_required");
        }
        if (string.IsNullOrWhiteSpace(a.Name) || a.Name.Trim().Length > 200)
        {
            errors.Add("name", "onestop.applicant.name");
        }
        if (!IsIdNumber(a.IdNumber))
        {
            errors.Add("idNumber", "onestop.applicant.id_number");
        }
        if (!IsPhone(a.Phone))
        {
            errors.Add("phone", "onestop.applicant.phone");
        }
        if (!string.IsNullOrWhiteSpace(a.Email) && !a.Email.Contains('@', StringComparison.Ordinal))
        {
            errors.Add("email", "onestop.applicant.email");
        }
        if (a.Content is { Length: > 4000 })
        {
            errors.Add("content", "onestop.applicant.content_length");
        }
    }
}

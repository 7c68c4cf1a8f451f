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
            errors.Add("procedureCode", "Chọn thủ tục / Choose a procedure");
        }
        if (string.IsNullOrWhiteSpace(a.Name) || a.Name.Trim().Length > 200)
        {
            errors.Add("name", "Họ tên bắt buộc, tối đa 200 ký tự / Name required, at most 200 characters");
        }
        if (!IsIdNumber(a.IdNumber))
        {
            errors.Add("idNumber", "Số CCCD gồm 12 chữ số (hoặc CMND 9 chữ số) / ID number must have 12 (or 9) digits");
        }
        if (!IsPhone(a.Phone))
        {
            errors.Add("phone", "Số điện thoại không hợp lệ / Invalid phone number");
        }
        if (!string.IsNullOrWhiteSpace(a.Email) && !a.Email.Contains('@', StringComparison.Ordinal))
        {
            errors.Add("email", "Thư điện tử không hợp lệ / Invalid e-mail");
        }
        if (a.Content is { Length: > 4000 })
        {
            errors.Add("content", "Tối đa 4000 ký tự / At most 4000 characters");
        }
    }
}

namespace Saas.Documents.Incoming;

/// <summary>Field rules for incoming document metadata; every message is "Tiếng Việt / English".</summary>
public static class IncomingValidator
{
    public static FieldErrors Validate(IncomingInput input, IReadOnlyCollection<string> documentTypes, DateOnly today)
    {
        var e = new FieldErrors();
        Required(e, "issuerName", input.IssuerName, 200, "Cơ quan ban hành", "Issuer");
        Required(e, "numberNotation", input.NumberNotation, 50, "Số, ký hiệu", "Number and notation");
        Required(e, "subject", input.Subject, 500, "Trích yếu", "Subject");
        if (input.IssuedDate is not { } issued)
        {
            e.Add("issuedDate", "Bắt buộc nhập ngày ban hành / Issue date is required");
        }
        else if (issued > today || issued < new DateOnly(1945, 9, 2))
        {
            e.Add("issuedDate", "Ngày ban hành phải trong khoảng 02/09/1945 đến hôm nay / Issue date must be between 02/09/1945 and today");
        }
        if (string.IsNullOrWhiteSpace(input.DocumentTypeCode) || !documentTypes.Contains(input.DocumentTypeCode))
        {
            e.Add("documentTypeCode", "Loại văn bản không hợp lệ / Unknown document type");
        }
        if (input.Urgency is < 0 or > 3)
        {
            e.Add("urgency", "Độ khẩn từ 0 (thường) đến 3 (hỏa tốc) / Urgency is 0–3");
        }
        if (input.Secrecy is < 0 or > 3)
        {
            e.Add("secrecy", "Độ mật từ 0 (thường) đến 3 (tuyệt mật) / Secrecy is 0–3");
        }
        if (input.PageCount is < 1 or > 9999)
        {
            e.Add("pageCount", "Số trang từ 1 đến 9999 / Page count is 1–9999");
        }
        if (input.DueDate is { } due && input.IssuedDate is { } i && due < i)
        {
            e.Add("dueDate", "Hạn xử lý không thể trước ngày ban hành / Due date cannot precede the issue date");
        }
        Optional(e, "signerName", input.SignerName, 50);
        Optional(e, "signerPosition", input.SignerPosition, 100);
        Optional(e, "issuerCode", input.IssuerCode, 35);
        return e;
    }

    internal static void Required(FieldErrors e, string field, string? value, int max, string vi, string en)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            e.Add(field, $"Bắt buộc nhập {vi.ToLowerInvariant()} / {en} is required");
        }
        else if (value.Trim().Length > max)
        {
            e.Add(field, $"{vi} tối đa {max} ký tự / {en} is at most {max} characters");
        }
    }

    internal static void Optional(FieldErrors e, string field, string? value, int max)
    {
        if (value is { } v && v.Trim().Length > max)
        {
            e.Add(field, $"Tối đa {max} ký tự / At most {max} characters");
        }
    }
}

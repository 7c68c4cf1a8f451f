using Saas.Platform.Text;

namespace Saas.Documents.Incoming;

/// <summary>Field rules for incoming document metadata; every message is a text key of <c>Resources/documents.*.json</c>.</summary>
public static class IncomingValidator
{
    public static FieldErrors Validate(IncomingInput input, IReadOnlyCollection<string> documentTypes, DateOnly today)
    {
        var e = new FieldErrors();
        Required(e, "issuerName", input.IssuerName, 200);
        Required(e, "numberNotation", input.NumberNotation, 50);
        Required(e, "subject", input.Subject, 500);
        if (input.IssuedDate is not { } issued)
        {
            e.Add("issuedDate", "documents.field.issuedDate.required");
        }
        else if (issued > today || issued < new DateOnly(1945, 9, 2))
        {
            e.Add("issuedDate", "documents.field.issuedDate.range");
        }
        if (string.IsNullOrWhiteSpace(input.DocumentTypeCode) || !documentTypes.Contains(input.DocumentTypeCode))
        {
            e.Add("documentTypeCode", "documents.field.documentTypeCode.unknown");
        }
        if (input.Urgency is < 0 or > 3)
        {
            e.Add("urgency", "documents.field.urgency.range");
        }
        if (input.Secrecy is < 0 or > 3)
        {
            e.Add("secrecy", "documents.field.secrecy.range");
        }
        if (input.PageCount is < 1 or > 9999)
        {
            e.Add("pageCount", "documents.field.pageCount.range");
        }
        if (input.DueDate is { } due && input.IssuedDate is { } i && due < i)
        {
            e.Add("dueDate", "documents.field.dueDate.before_issue");
        }
        Optional(e, "signerName", input.SignerName, 50);
        Optional(e, "signerPosition", input.SignerPosition, 100);
        Optional(e, "issuerCode", input.IssuerCode, 35);
        return e;
    }

    /// <summary>A required text: keys <c>documents.field.&lt;field&gt;.required</c> and <c>….too_long</c> (with the limit).</summary>
    internal static void Required(FieldErrors e, string field, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            e.Add(field, $"documents.field.{field}.required");
        }
        else if (value.Trim().Length > max)
        {
            e.Add(field, TextKey.With($"documents.field.{field}.too_long", max));
        }
    }

    internal static void Optional(FieldErrors e, string field, string? value, int max)
    {
        if (value is { } v && v.Trim().Length > max)
        {
            e.Add(field, TextKey.With("documents.field.too_long", max));
        }
    }
}

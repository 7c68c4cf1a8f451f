namespace Saas.Documents.Numbering;

/// <summary>
/// Số và ký hiệu văn bản: "15/QĐ-UBND" for a named type, "123/UBND-VP" for a công văn (issuer, then the
/// drafting unit). Upper case, "/" after the number, "-" between groups.
/// </summary>
public static class NotationFormatter
{
    public static string Format(int number, string? typeAbbreviation, string issuerNotation, string? draftingUnit)
    {
        var issuer = issuerNotation.Trim().ToUpperInvariant();
        var head = RegisterNumberAllocator.Format(number);
        if (!string.IsNullOrWhiteSpace(typeAbbreviation))
        {
            return $"{head}/{typeAbbreviation.Trim()}-{issuer}";
        }
        return string.IsNullOrWhiteSpace(draftingUnit)
            ? $"{head}/{issuer}"
            : $"{head}/{issuer}-{draftingUnit.Trim().ToUpperInvariant()}";
    }
}

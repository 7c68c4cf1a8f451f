namespace Saas.Files.Inspection;

/// <summary>
/// Looks inside compressed and active formats before a file is accepted: zips (DOCX, XLSX and anything else that
/// starts with a zip header) are inflated with a counter, never into memory; PDFs are scanned for active content and
/// their Flate streams inflated with the same counter. The other kinds are not compressed and pass.
/// </summary>
public static class ContentInspector
{
    private static ReadOnlySpan<byte> ZipMagic => "PK\u0003\u0004"u8;
    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;

    /// <summary>What is wrong with the content, or null. The stream must be seekable; it is left at position 0.</summary>
    public static InspectionFinding? Inspect(Stream content, InflationLimits limits)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        try
        {
            content.Position = 0;
            Span<byte> head = stackalloc byte[8];
            var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            content.Position = 0;
            if (head[..read].StartsWith(ZipMagic))
            {
                return ZipInspector.Inspect(content, limits);
            }
            if (head[..read].StartsWith(PdfMagic))
            {
                return PdfInspector.Inspect(content, limits);
            }
            return null;
        }
        finally
        {
            content.Position = 0;
        }
    }
}

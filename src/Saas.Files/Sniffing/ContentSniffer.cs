namespace Saas.Files.Sniffing;

/// <summary>
/// Decides what a file really is from its bytes. The name and the declared Content-Type are chosen by the
/// uploader and prove nothing, so they are only ever compared against what the bytes say.
/// </summary>
public sealed class ContentSniffer
{
    private const int HeadLength = 16;

    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;
    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> TiffLittleEndian => "II*\0"u8;
    private static ReadOnlySpan<byte> TiffBigEndian => "MM\0*"u8;
    private static ReadOnlySpan<byte> OleMagic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static ReadOnlySpan<byte> ZipMagic => "PK\u0003\u0004"u8;
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];
    private static ReadOnlySpan<byte> XmlDeclaration => "<?xml"u8;

    /// <summary>
    /// What the whole stream is, or null when unknown. The stream must be seekable (office formats are judged by
    /// the zip central directory or the OLE directory); it is read from its beginning and left at position 0.
    /// </summary>
    public FileKind? Sniff(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanSeek)
        {
            throw new ArgumentException("Sniffing needs a seekable stream; spool the upload to a file first.", nameof(content));
        }
        try
        {
            content.Position = 0;
            Span<byte> buffer = stackalloc byte[HeadLength];
            var head = buffer[..content.ReadAtLeast(buffer, HeadLength, throwOnEndOfStream: false)];

            // PDF must start at byte 0: readers tolerate leading junk, but allowing it here would let an
            // HTML or script polyglot pass as a PDF.
            if (head.StartsWith(PdfMagic))
            {
                return FileKinds.Pdf;
            }
            if (head.StartsWith(PngMagic))
            {
                return FileKinds.Png;
            }
            if (head.StartsWith(JpegMagic))
            {
                return FileKinds.Jpeg;
            }
            if (head.StartsWith(TiffLittleEndian) || head.StartsWith(TiffBigEndian))
            {
                return FileKinds.Tiff;
            }
            if (head.StartsWith(OleMagic))
            {
                return OleCompoundFile.Classify(content);
            }
            if (head.StartsWith(ZipMagic))
            {
                return OfficeZip.Classify(content);
            }
            var text = head.StartsWith(Utf8Bom) ? head[Utf8Bom.Length..] : head;
            return text.StartsWith(XmlDeclaration) ? FileKinds.Xml : null;
        }
        finally
        {
            content.Position = 0;
        }
    }

    /// <summary>
    /// Sniffs the content and compares it with the file name's extension and the allowed media types.
    /// A name without an extension is judged by the bytes alone; any other extension must be one of the
    /// sniffed kind's, because the original name is what a user's computer trusts on download.
    /// </summary>
    public SniffVerdict Check(Stream content, string fileName, IReadOnlySet<string> allowedMediaTypes)
    {
        ArgumentNullException.ThrowIfNull(allowedMediaTypes);
        var actual = Sniff(content);
        var extension = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        var claimed = FileKinds.FromExtension(extension);

        if (actual is not null && allowedMediaTypes.Contains(actual.MediaType))
        {
            var agrees = extension.Length == 0 || actual.Extensions.Contains(extension);
            return new SniffVerdict(agrees ? SniffOutcome.Accepted : SniffOutcome.Disguised, actual, extension);
        }
        if (claimed is not null && allowedMediaTypes.Contains(claimed.MediaType))
        {
            // The name promises an allowed kind the bytes are not: an executable or web page renamed .pdf,
            // a plain zip named .docx.
            return new SniffVerdict(SniffOutcome.Disguised, actual, extension);
        }
        return new SniffVerdict(SniffOutcome.Unsupported, actual, extension);
    }
}

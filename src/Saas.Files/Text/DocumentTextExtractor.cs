using System.IO.Compression;
using System.Text;
using System.Xml;
using Microsoft.Extensions.Logging;
using Saas.Files.Inspection;
using Saas.Files.Sniffing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Saas.Files.Text;

/// <summary>
/// Text of PDF (PdfPig) and DOCX (paragraphs of the main document part, streamed), capped. Files that inflate past
/// <see cref="Limits"/> or carry active content are not read at all: intake refuses them, and this guards files
/// stored before that check existed.
/// </summary>
public sealed class DocumentTextExtractor(ILogger<DocumentTextExtractor> logger) : ITextExtractor
{
    /// <summary>Enough for any official letter; a search index gains nothing from a 500-page annex in full.</summary>
    public const int DefaultMaxChars = 200_000;

    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string WordMainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    public int MaxChars { get; init; } = DefaultMaxChars;

    public InflationLimits Limits { get; init; } = InflationLimits.Default;

    public async Task<string> ExtractAsync(Stream content, string mediaType, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var kind = FileKinds.FromMediaType(mediaType);
        if (kind != FileKinds.Pdf && kind != FileKinds.Docx)
        {
            return string.Empty;
        }

        // Both libraries need to seek (PDF xref table, zip central directory); S3 streams cannot.
        var seekable = content;
        if (!content.CanSeek)
        {
            seekable = new MemoryStream();
            await content.CopyToAsync(seekable, ct);
            seekable.Position = 0;
        }
        try
        {
            if (ContentInspector.Inspect(seekable, Limits) is { } finding)
            {
                logger.LogWarning("Not extracting text from a {MediaType} file: {Finding}", mediaType, finding);
                return string.Empty;
            }
            var text = new StringBuilder();
            if (kind == FileKinds.Pdf)
            {
                ReadPdf(seekable, text, ct);
            }
            else
            {
                ReadDocx(seekable, text, ct);
            }
            return Cap(text.ToString().Trim());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Corrupt, encrypted or exotic files are normal in scanned correspondence: index nothing, move on.
            logger.LogWarning(e, "Could not extract text from a {MediaType} file", mediaType);
            return string.Empty;
        }
        finally
        {
            if (!ReferenceEquals(seekable, content))
            {
                await seekable.DisposeAsync();
            }
        }
    }

    private void ReadPdf(Stream content, StringBuilder text, CancellationToken ct)
    {
        using var pdf = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        foreach (var page in pdf.GetPages())
        {
            ct.ThrowIfCancellationRequested();
            // Content order keeps words and lines apart; page.Text would glue every glyph together.
            text.AppendLine(ContentOrderTextExtractor.GetText(page));
            if (text.Length >= MaxChars)
            {
                return;
            }
        }
    }

    private void ReadDocx(Stream content, StringBuilder text, CancellationToken ct)
    {
        // The zip is read entry by entry through a counting stream, never whole: the package SDK used to buffer a
        // 160 MB document.xml from a 164 KB upload. Only the main part is read, with a streaming XML reader.
        using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
        var main = zip.GetEntry(MainPartName(zip)) ?? zip.GetEntry("word/document.xml");
        if (main is null)
        {
            return;
        }
        using var part = new LimitedReadStream(main.Open(), Limits.MaxInflatedBytes);
        using var reader = XmlReader.Create(part, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true });
        var inText = false;
        while (reader.Read() && text.Length < MaxChars)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.NamespaceURI == WordNamespace:
                    inText = reader.LocalName == "t" && !reader.IsEmptyElement;
                    if (reader.LocalName == "tab")
                    {
                        text.Append('\t');
                    }
                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA when inText:
                    text.Append(reader.Value);
                    break;
                case XmlNodeType.EndElement when reader.NamespaceURI == WordNamespace:
                    inText = false;
                    if (reader.LocalName == "p")
                    {
                        text.Append('\n');
                        ct.ThrowIfCancellationRequested();
                    }
                    break;
            }
        }
    }

    /// <summary>The main document part named in [Content_Types].xml (usually /word/document.xml).</summary>
    private static string MainPartName(ZipArchive zip)
    {
        if (zip.GetEntry("[Content_Types].xml") is not { Length: < 1024 * 1024 } types)
        {
            return "word/document.xml";
        }
        using var stream = types.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        while (reader.Read())
        {
            if (reader is { NodeType: XmlNodeType.Element, LocalName: "Override" }
                && reader.GetAttribute("ContentType") == WordMainContentType && reader.GetAttribute("PartName") is { Length: > 1 } name)
            {
                return name.TrimStart('/');
            }
        }
        return "word/document.xml";
    }

    private string Cap(string text)
    {
        if (text.Length <= MaxChars)
        {
            return text;
        }
        var end = char.IsHighSurrogate(text[MaxChars - 1]) ? MaxChars - 1 : MaxChars;
        return text[..end];
    }
}

using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Logging;
using Saas.Files.Sniffing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Saas.Files.Text;

/// <summary>Text of PDF (PdfPig) and DOCX (Open XML SDK, paragraphs of the main document part), capped.</summary>
public sealed class DocumentTextExtractor(ILogger<DocumentTextExtractor> logger) : ITextExtractor
{
    /// <summary>Enough for any official letter; a search index gains nothing from a 500-page annex in full.</summary>
    public const int DefaultMaxChars = 200_000;

    public int MaxChars { get; init; } = DefaultMaxChars;

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
        using var document = WordprocessingDocument.Open(content, isEditable: false);
        var main = document.MainDocumentPart;
        if (main is null)
        {
            return;
        }
        // A streaming reader, not the DOM: a hostile document.xml can be huge, and the cap should stop reading.
        using var reader = OpenXmlReader.Create(main);
        while (reader.Read() && text.Length < MaxChars)
        {
            if (reader.ElementType == typeof(WordText) && reader.IsStartElement)
            {
                text.Append(reader.GetText());
            }
            else if (reader.ElementType == typeof(TabChar) && reader.IsStartElement)
            {
                text.Append('\t');
            }
            else if (reader.ElementType == typeof(Paragraph) && reader.IsEndElement)
            {
                text.Append('\n');
                ct.ThrowIfCancellationRequested();
            }
        }
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

using Microsoft.Extensions.Logging.Abstractions;
using Saas.Files.Sniffing;
using Saas.Files.Text;

namespace Saas.Files.Tests;

public sealed class DocumentTextExtractorTests
{
    private readonly DocumentTextExtractor extractor = new(NullLogger<DocumentTextExtractor>.Instance);

    [Fact]
    public async Task Pdf_text_is_extracted()
    {
        // Vietnamese when a Unicode TrueType font is installed (see Samples.Pdf), otherwise the ASCII sentence.
        var text = await extractor.ExtractAsync(new MemoryStream(Samples.Pdf()), FileKinds.Pdf.MediaType, CancellationToken.None);
        Assert.Contains(Samples.ExpectedPdfText, text);
    }

    [Fact]
    public void The_machine_has_a_unicode_font_so_the_pdf_test_covers_vietnamese()
    {
        // Guards the fallback above from silently weakening the PDF test on the dev and CI machines.
        Assert.NotNull(Samples.UnicodeFontPath);
    }

    [Fact]
    public async Task Docx_paragraphs_are_extracted_from_a_forward_only_stream()
    {
        var text = await extractor.ExtractAsync(
            new ForwardOnlyStream(new MemoryStream(Samples.Docx())), FileKinds.Docx.MediaType, CancellationToken.None);
        Assert.Equal("ỦY BAN NHÂN DÂN\n" + Samples.Vietnamese, text);
    }

    [Fact]
    public async Task Images_and_unknown_types_give_empty_text()
    {
        Assert.Equal("", await extractor.ExtractAsync(new MemoryStream(Samples.Png()), FileKinds.Png.MediaType, CancellationToken.None));
        Assert.Equal("", await extractor.ExtractAsync(new MemoryStream(Samples.Html()), "text/html", CancellationToken.None));
    }

    [Fact]
    public async Task Corrupt_files_give_empty_text_without_throwing()
    {
        var pdf = Samples.Pdf();
        var docx = Samples.Docx();
        Assert.Equal("", await extractor.ExtractAsync(new MemoryStream(pdf[..40]), FileKinds.Pdf.MediaType, CancellationToken.None));
        Assert.Equal("", await extractor.ExtractAsync(new MemoryStream(docx[..(docx.Length / 2)]), FileKinds.Docx.MediaType, CancellationToken.None));
        Assert.Equal("", await extractor.ExtractAsync(new MemoryStream(Samples.Executable()), FileKinds.Pdf.MediaType, CancellationToken.None));
    }

    [Fact]
    public async Task Text_is_capped()
    {
        var capped = new DocumentTextExtractor(NullLogger<DocumentTextExtractor>.Instance) { MaxChars = 10 };
        var text = await capped.ExtractAsync(new MemoryStream(Samples.Docx()), FileKinds.Docx.MediaType, CancellationToken.None);
        Assert.Equal("ỦY BAN NHÂ", text);
    }
}

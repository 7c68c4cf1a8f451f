using Saas.Files.Sniffing;

namespace Saas.Files.Tests;

public sealed class ContentSnifferTests
{
    private readonly ContentSniffer sniffer = new();

    public static TheoryData<string, byte[], string> RealFiles => new()
    {
        { "pdf", Samples.Pdf(), "application/pdf" },
        { "docx", Samples.Docx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "xlsx", Samples.Xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        { "doc", Samples.CompoundFile("\u0001CompObj", "WordDocument"), "application/msword" },
        { "xls", Samples.CompoundFile("Workbook"), "application/vnd.ms-excel" },
        { "xls (Excel 5)", Samples.CompoundFile("\u0005SummaryInformation", "Book"), "application/vnd.ms-excel" },
        { "png", Samples.Png(), "image/png" },
        { "jpeg", Samples.Jpeg(), "image/jpeg" },
        { "tiff II", Samples.TiffLittleEndian(), "image/tiff" },
        { "tiff MM", Samples.TiffBigEndian(), "image/tiff" },
        { "xml with BOM", Samples.XmlWithBom(), "application/xml" },
    };

    [Theory]
    [MemberData(nameof(RealFiles))]
    public void Kinds_are_recognised_from_the_bytes(string label, byte[] content, string mediaType)
    {
        var kind = sniffer.Sniff(new MemoryStream(content));
        Assert.True(kind is not null, label);
        Assert.Equal(mediaType, kind.MediaType);
    }

    [Theory]
    [InlineData("exe")]
    [InlineData("html")]
    [InlineData("zip")]
    [InlineData("msi-like ole")]
    [InlineData("empty")]
    public void Other_content_is_unknown(string label)
    {
        byte[] content = label switch
        {
            "exe" => Samples.Executable(),
            "html" => Samples.Html(),
            "zip" => Samples.PlainZip(),
            "msi-like ole" => Samples.CompoundFile("\u0005SummaryInformation", "SomethingElse"),
            _ => [],
        };
        Assert.Null(sniffer.Sniff(new MemoryStream(content)));
    }

    [Fact]
    public void A_truncated_office_file_is_unknown_not_an_exception()
    {
        var docx = Samples.Docx();
        Assert.Null(sniffer.Sniff(new MemoryStream(docx[..(docx.Length / 2)])));
        var doc = Samples.CompoundFile("WordDocument");
        Assert.Null(sniffer.Sniff(new MemoryStream(doc[..700])));
    }

    [Fact]
    public void Sniffing_leaves_the_stream_at_the_start()
    {
        var stream = new MemoryStream(Samples.Docx());
        sniffer.Sniff(stream);
        Assert.Equal(0, stream.Position);
    }

    [Theory]
    [InlineData("Công văn.pdf", SniffOutcome.Accepted)]
    [InlineData("CONG VAN.PDF", SniffOutcome.Accepted)]
    [InlineData("scan", SniffOutcome.Accepted)]
    [InlineData("scan.exe", SniffOutcome.Disguised)]
    [InlineData("scan.docx", SniffOutcome.Disguised)]
    public void A_pdf_must_be_named_as_one_or_not_at_all(string name, SniffOutcome expected)
    {
        var verdict = sniffer.Check(new MemoryStream(Samples.Pdf()), name, FileKinds.DocumentMediaTypes);
        Assert.Equal(expected, verdict.Outcome);
    }

    [Theory]
    [InlineData("exe", "hoa-don.pdf")]
    [InlineData("html", "hoa-don.pdf")]
    [InlineData("zip", "bao-cao.docx")]
    [InlineData("jpeg", "to-trinh.docx")]
    public void Disguised_files_are_caught(string label, string name)
    {
        byte[] content = label switch
        {
            "exe" => Samples.Executable(),
            "html" => Samples.Html(),
            "zip" => Samples.PlainZip(),
            _ => Samples.Jpeg(),
        };
        var verdict = sniffer.Check(new MemoryStream(content), name, FileKinds.DocumentMediaTypes);
        Assert.Equal(SniffOutcome.Disguised, verdict.Outcome);
    }

    [Theory]
    [InlineData("setup.exe")]
    [InlineData("page.html")]
    [InlineData("archive.zip")]
    public void Files_not_pretending_to_be_documents_are_unsupported(string name)
    {
        var content = Path.GetExtension(name) switch
        {
            ".exe" => Samples.Executable(),
            ".html" => Samples.Html(),
            _ => Samples.PlainZip(),
        };
        var verdict = sniffer.Check(new MemoryStream(content), name, FileKinds.DocumentMediaTypes);
        Assert.Equal(SniffOutcome.Unsupported, verdict.Outcome);
    }

    [Fact]
    public void The_allow_list_is_a_parameter()
    {
        var imagesOnly = new HashSet<string> { FileKinds.Png.MediaType, FileKinds.Jpeg.MediaType };
        Assert.Equal(SniffOutcome.Unsupported, sniffer.Check(new MemoryStream(Samples.Pdf()), "a.pdf", imagesOnly).Outcome);
        Assert.Equal(SniffOutcome.Accepted, sniffer.Check(new MemoryStream(Samples.Jpeg()), "a.jpeg", imagesOnly).Outcome);
        // XML is known but not a document attachment by default.
        Assert.Equal(SniffOutcome.Unsupported,
            sniffer.Check(new MemoryStream(Samples.XmlWithBom()), "goi-tin.xml", FileKinds.DocumentMediaTypes).Outcome);
    }
}

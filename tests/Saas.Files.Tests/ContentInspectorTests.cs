using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Saas.Files.Inspection;
using Saas.Files.Intake;
using Saas.Files.Sniffing;
using Saas.Files.Storage;
using Saas.Files.Text;

namespace Saas.Files.Tests;

/// <summary>Decompression bombs and active PDFs are refused before storing, with bounded memory.</summary>
public sealed class ContentInspectorTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly FileStoreOptions options;
    private readonly FileIntake intake;

    public ContentInspectorTests()
    {
        options = new FileStoreOptions { LocalRoot = folder.Sub("store"), TempRoot = folder.Sub("spool") };
        intake = new FileIntake(new LocalFileStore(options.LocalRoot), new ContentSniffer(), Options.Create(options), NullLogger<FileIntake>.Instance);
    }

    public void Dispose() => folder.Dispose();

    private int StoredFiles => Directory.GetFiles(options.LocalRoot, "*", SearchOption.AllDirectories).Length;

    [Fact]
    public async Task A_docx_that_inflates_to_160_MB_is_refused_without_storing_and_with_bounded_memory()
    {
        var bomb = Bombs.Docx(160L * 1024 * 1024);
        Assert.True(bomb.Length < 400 * 1024, $"the bomb is {bomb.Length} bytes");

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var result = await intake.AcceptAsync(new MemoryStream(bomb), "cong-van.docx", CancellationToken.None);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        var rejected = Assert.IsType<IntakeResult.Rejected>(result);
        Assert.Equal(IntakeErrorCodes.Bomb, rejected.Code);
        Assert.Contains("giải nén", rejected.Message);
        Assert.Equal(0, StoredFiles);
        // The ratio stops inflation after a few MB; reading the package costs buffers, not the 160 MB.
        Assert.True(allocated < 20L * 1024 * 1024, $"{allocated} bytes allocated");
    }

    [Fact]
    public void A_bomb_under_the_ratio_is_still_bounded_by_the_total()
    {
        var limits = new InflationLimits { MaxInflatedBytes = 4L * 1024 * 1024, MaxRatio = 100_000 };
        Assert.Equal(InspectionFinding.Bomb, ContentInspector.Inspect(new MemoryStream(Bombs.Docx(8L * 1024 * 1024)), limits));
        Assert.Null(ContentInspector.Inspect(new MemoryStream(Bombs.Docx(2L * 1024 * 1024)), limits));
    }

    [Fact]
    public void Too_many_entries_are_refused_before_the_directory_is_read()
    {
        var limits = new InflationLimits { MaxEntries = 100 };
        Assert.Equal(InspectionFinding.Bomb, ContentInspector.Inspect(new MemoryStream(Bombs.ManyEntries(101)), limits));
        Assert.Null(ContentInspector.Inspect(new MemoryStream(Bombs.ManyEntries(100)), limits));
    }

    [Fact]
    public async Task Real_documents_pass_and_are_stored()
    {
        foreach (var (bytes, name) in new[] { (Samples.Docx(), "a.docx"), (Samples.Xlsx(), "b.xlsx"), (Samples.Pdf(), "c.pdf") })
        {
            Assert.Null(ContentInspector.Inspect(new MemoryStream(bytes), InflationLimits.Default));
            Assert.True((await intake.AcceptAsync(new MemoryStream(bytes), name, CancellationToken.None)).IsAccepted, name);
        }
    }

    [Fact]
    public void A_pdf_flate_bomb_is_refused()
    {
        var pdf = Bombs.Pdf(streamData: Bombs.Zlib(64L * 1024 * 1024), streamDictionary: "/Filter /FlateDecode");
        Assert.Equal(InspectionFinding.Bomb, ContentInspector.Inspect(new MemoryStream(pdf), InflationLimits.Default));
    }

    [Theory]
    [InlineData("10 0 obj\n<< /Type /Action /S /JavaScript /JS (app.alert\\(1\\)) >>\nendobj\n")]
    [InlineData("10 0 obj\n<< /OpenAction << /S /Launch /F (cmd.exe) >> >>\nendobj\n")]
    [InlineData("10 0 obj\n<< /Names << /EmbeddedFiles 11 0 R >> >>\nendobj\n")]
    [InlineData("10 0 obj\n<< /S /J#61vaScript /J#53 (x) >>\nendobj\n")]
    public void Pdfs_with_scripts_launch_actions_or_embedded_files_are_refused(string objects)
    {
        Assert.Equal(InspectionFinding.ActiveContent, ContentInspector.Inspect(new MemoryStream(Bombs.Pdf(objects)), InflationLimits.Default));
    }

    [Fact]
    public void Javascript_hidden_in_a_compressed_object_stream_is_refused()
    {
        var objects = "10 0 << /S /JavaScript /JS (app.alert\\(1\\)) >>"u8.ToArray();
        var pdf = Bombs.Pdf(streamData: Bombs.Zlib(0, objects), streamDictionary: "/Type /ObjStm /N 1 /First 5 /Filter /FlateDecode");
        Assert.Equal(InspectionFinding.ActiveContent, ContentInspector.Inspect(new MemoryStream(pdf), InflationLimits.Default));
    }

    [Fact]
    public void A_pdf_carrying_an_executable_is_refused()
    {
        var appended = Bombs.Pdf(trailer: Bombs.PeHeader());
        var embedded = Bombs.Pdf(streamData: Bombs.PeHeader(), streamDictionary: "/Type /EmbeddedFile");
        var elf = Bombs.Pdf(trailer: [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0]);
        foreach (var pdf in new[] { appended, embedded, elf })
        {
            Assert.Equal(InspectionFinding.ActiveContent, ContentInspector.Inspect(new MemoryStream(pdf), InflationLimits.Default));
        }
    }

    [Fact]
    public async Task An_active_pdf_is_refused_by_intake_and_nothing_is_stored()
    {
        var result = await intake.AcceptAsync(new MemoryStream(Bombs.Pdf(trailer: Bombs.PeHeader())), "cong-van.pdf", CancellationToken.None);
        Assert.Equal(IntakeErrorCodes.ActiveContent, Assert.IsType<IntakeResult.Rejected>(result).Code);
        Assert.Equal(0, StoredFiles);
    }

    [Fact]
    public async Task The_extractor_reads_no_text_from_a_bomb_already_stored()
    {
        var extractor = new DocumentTextExtractor(NullLogger<DocumentTextExtractor>.Instance);
        var bomb = Bombs.Docx(160L * 1024 * 1024);
        var watch = Stopwatch.StartNew();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var text = await extractor.ExtractAsync(new MemoryStream(bomb), FileKinds.Docx.MediaType, CancellationToken.None);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Assert.Equal("", text);
        Assert.True(allocated < 20L * 1024 * 1024, $"{allocated} bytes allocated");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task The_extractor_stops_a_big_document_xml_at_the_inflation_limit()
    {
        // Under the ratio (limits lifted) but over the total: the counting stream ends the read, no text is kept.
        var extractor = new DocumentTextExtractor(NullLogger<DocumentTextExtractor>.Instance)
        {
            Limits = new InflationLimits { MaxInflatedBytes = 2L * 1024 * 1024, MaxRatio = 100_000 },
            MaxChars = int.MaxValue,
        };
        var text = await extractor.ExtractAsync(new MemoryStream(Bombs.Docx(8L * 1024 * 1024)), FileKinds.Docx.MediaType, CancellationToken.None);
        Assert.Equal("", text);
    }
}

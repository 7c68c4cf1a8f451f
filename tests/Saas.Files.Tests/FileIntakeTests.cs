using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Saas.Files.Intake;
using Saas.Files.Sniffing;
using Saas.Files.Storage;

namespace Saas.Files.Tests;

public sealed class FileIntakeTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly LocalFileStore store;
    private readonly FileIntake intake;
    private readonly string tempRoot;

    public FileIntakeTests()
    {
        tempRoot = folder.Sub("spool");
        var options = new FileStoreOptions { LocalRoot = folder.Sub("store"), TempRoot = tempRoot };
        store = new LocalFileStore(options.LocalRoot);
        intake = new FileIntake(store, new ContentSniffer(), Options.Create(options), NullLogger<FileIntake>.Instance);
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_real_pdf_is_stored_under_its_hash_with_the_sniffed_type()
    {
        var pdf = Samples.Pdf();

        var result = await intake.AcceptAsync(new ForwardOnlyStream(new MemoryStream(pdf)), "Công văn 123.pdf", CancellationToken.None);

        var accepted = Assert.IsType<IntakeResult.Accepted>(result);
        Assert.Equal("application/pdf", accepted.MediaType);
        Assert.Equal(".pdf", accepted.Extension);
        Assert.Equal("Công văn 123.pdf", accepted.OriginalName);
        Assert.Equal(pdf.Length, accepted.File.Length);
        await using var stored = await store.OpenReadAsync(accepted.File.Sha256, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(pdf.Length, stored.Length);
        Assert.Empty(TempFolder.FilesUnder(tempRoot));
    }

    [Fact]
    public async Task A_docx_uploaded_twice_is_stored_once()
    {
        var docx = Samples.Docx();
        var first = await intake.AcceptAsync(new MemoryStream(docx), "to-trinh.docx", CancellationToken.None);
        var second = await intake.AcceptAsync(new MemoryStream(docx), "to-trinh (1).docx", CancellationToken.None);

        Assert.Equal(
            Assert.IsType<IntakeResult.Accepted>(first).File,
            Assert.IsType<IntakeResult.Accepted>(second).File);
        Assert.Single(BlobFiles());
    }

    [Theory]
    [InlineData("exe", "hoa-don.pdf")]
    [InlineData("html", "hoa-don.pdf")]
    [InlineData("zip", "bao-cao.docx")]
    public async Task Disguised_uploads_are_rejected_and_leave_nothing(string label, string name)
    {
        byte[] content = label switch
        {
            "exe" => Samples.Executable(),
            "html" => Samples.Html(),
            _ => Samples.PlainZip(),
        };

        var result = await intake.AcceptAsync(new MemoryStream(content), name, CancellationToken.None);

        var rejected = Assert.IsType<IntakeResult.Rejected>(result);
        Assert.Equal(IntakeErrorCodes.Disguised, rejected.Code);
        Assert.Contains(" / The file content does not match", rejected.Message);
        AssertNothingLeft();
    }

    [Fact]
    public async Task An_oversized_upload_is_stopped_early_and_leaves_nothing()
    {
        const long Limit = 1024 * 1024;
        var upload = new EndlessStream();

        var result = await intake.AcceptAsync(upload, "scan.pdf", Limit, FileKinds.DocumentMediaTypes, CancellationToken.None);

        var rejected = Assert.IsType<IntakeResult.Rejected>(result);
        Assert.Equal(IntakeErrorCodes.TooLarge, rejected.Code);
        Assert.Equal("Tệp vượt quá dung lượng cho phép 1 MB / The file exceeds the 1 MB limit", rejected.Message);
        // Reading stops within one buffer past the limit instead of draining the (endless) upload.
        Assert.InRange(upload.BytesRead, Limit, Limit + 128 * 1024);
        AssertNothingLeft();
    }

    [Fact]
    public async Task The_default_limit_is_20_MB_and_a_declared_length_is_refused_before_reading()
    {
        Assert.Equal(20L * 1024 * 1024, intake.DefaultMaxBytes);
        var content = new MemoryStream(new byte[20 * 1024 * 1024 + 1]);

        var result = await intake.AcceptAsync(content, "lon.pdf", CancellationToken.None);

        var rejected = Assert.IsType<IntakeResult.Rejected>(result);
        Assert.Equal("Tệp vượt quá dung lượng cho phép 20 MB / The file exceeds the 20 MB limit", rejected.Message);
        Assert.Equal(0, content.Position);
        AssertNothingLeft();
    }

    [Fact]
    public async Task Empty_unsupported_and_nameless_uploads_are_rejected_with_their_codes()
    {
        var empty = await intake.AcceptAsync(new MemoryStream(), "rong.pdf", CancellationToken.None);
        Assert.Equal(IntakeErrorCodes.Empty, Assert.IsType<IntakeResult.Rejected>(empty).Code);

        var exe = await intake.AcceptAsync(new MemoryStream(Samples.Executable()), "setup.exe", CancellationToken.None);
        var unsupported = Assert.IsType<IntakeResult.Rejected>(exe);
        Assert.Equal(IntakeErrorCodes.UnsupportedType, unsupported.Code);
        Assert.Contains("PDF, DOCX, DOC, XLSX, XLS, PNG, JPEG, TIFF", unsupported.Message);

        var nameless = await intake.AcceptAsync(new MemoryStream(Samples.Pdf()), "../..", CancellationToken.None);
        Assert.Equal(IntakeErrorCodes.BadName, Assert.IsType<IntakeResult.Rejected>(nameless).Code);
        AssertNothingLeft();
    }

    [Fact]
    public async Task A_cancelled_upload_leaves_nothing()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            intake.AcceptAsync(new EndlessStream(), "scan.pdf", 1024 * 1024, FileKinds.DocumentMediaTypes, cancel.Token));
        AssertNothingLeft();
    }

    private string[] BlobFiles() =>
        TempFolder.FilesUnder(store.Root).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}.tmp{Path.DirectorySeparatorChar}")).ToArray();

    private void AssertNothingLeft()
    {
        Assert.Empty(TempFolder.FilesUnder(store.Root));
        Assert.Empty(TempFolder.FilesUnder(tempRoot));
    }
}

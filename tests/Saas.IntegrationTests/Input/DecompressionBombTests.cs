using System.IO.Compression;
using System.Net;
using System.Text;
using Saas.IntegrationTests.Infrastructure;
using Saas.IntegrationTests.OneStop;
using Xunit.Abstractions;

namespace Saas.IntegrationTests.Input;

/// <summary>
/// A 160 MB-inflating DOCX of a few hundred KB, uploaded through the real API (a clerk's incoming document and a
/// citizen's anonymous online submission): refused with a problem, no row and no file stored, and the host process's
/// peak resident memory stays far below the bomb's inflated size (it rose by 542 MB before the fix).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class DecompressionBombTests(PlatformFixture platform, ITestOutputHelper output)
{
    private const long Inflated = 160L * 1024 * 1024;
    private const long MemoryBudget = 80L * 1024 * 1024;
    private static readonly Lazy<byte[]> Bomb = new(() => DocxBomb(Inflated));

    private async Task<(long Incoming, long Applications, long Attachments, int Files)> StateAsync() => (
        await platform.ScalarAsync<long>("select count(*) from documents.incoming_documents", role: "superuser"),
        await platform.ScalarAsync<long>("select count(*) from onestop.applications", role: "superuser"),
        await platform.ScalarAsync<long>("select count(*) from documents.attachments", role: "superuser"),
        Directory.Exists(TestEnvironment.FilesRoot)
            ? Directory.GetFiles(TestEnvironment.FilesRoot, "*", SearchOption.AllDirectories).Count(f => !f.Contains("/.tmp/", StringComparison.Ordinal))
            : 0);

    private async Task ExpectRefusedWithBoundedMemoryAsync(HttpClient client, string path, MultipartFormDataContent form, string field)
    {
        var pid = platform.Host.ProcessId;
        var before = await StateAsync();
        var residentBefore = ProcessMemory.ResidentBytes(pid);
        ProcessMemory.ResetPeak(pid);

        using var response = await client.PostAsync(path, form);
        var body = await response.Content.ReadAsStringAsync();

        var peakGrowth = ProcessMemory.PeakResidentBytes(pid) - residentBefore;
        output.WriteLine($"{path}: {(int)response.StatusCode}, host peak resident memory grew by {peakGrowth / 1024} KB (bomb {Bomb.Value.Length / 1024} KB, inflating to {Inflated / (1024 * 1024)} MB)");
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var message = (await response.ReadAsync()).GetProperty("errors").GetProperty(field)[0].GetString()!;
        Assert.Contains("giải nén", message);
        Assert.Contains("expands", message);
        Assert.Equal(before, await StateAsync());
        Assert.True(peakGrowth < MemoryBudget, $"peak resident memory grew by {peakGrowth / (1024 * 1024)} MB");
    }

    [Fact]
    public async Task A_docx_bomb_is_refused_for_a_clerk_without_storing_and_with_bounded_memory()
    {
        Assert.True(Bomb.Value.Length < 400 * 1024, $"bomb of {Bomb.Value.Length} bytes");
        using var clerk = await platform.ClientForAsync("vanthu.snv");
        await ExpectRefusedWithBoundedMemoryAsync(clerk, "/api/v1/incoming-documents",
            DocumentApi.Form(DocumentApi.IncomingFields("Văn bản bom giải nén", $"99/BOM-{Guid.NewGuid():N}"[..16]), ("files", "cong-van.docx", Bomb.Value)), "files");
    }

    [Fact]
    public async Task A_docx_bomb_is_refused_in_an_anonymous_online_submission()
    {
        using var anonymous = platform.Anonymous();
        await ExpectRefusedWithBoundedMemoryAsync(anonymous, $"/api/v1/public/onestop/{OneStopApi.Commune}/applications",
            DocumentApi.Form(OneStopApi.Applicant(OneStopApi.LinkedProcedure),
                ("paper.to-khai", "to-khai.docx", Bomb.Value), ("paper.giay-bao-tu", "giay-bao-tu.pdf", DocumentApi.Pdf("bao-tu"))), "paper.to-khai");
    }

    [Fact]
    public async Task A_pdf_carrying_an_executable_is_refused_through_the_api()
    {
        using var clerk = await platform.ClientForAsync("vanthu.snv");
        var pe = new byte[0x80];
        pe[0] = (byte)'M';
        pe[1] = (byte)'Z';
        pe[0x3C] = 0x40;
        "PE\0\0"u8.CopyTo(pe.AsSpan(0x40));
        var pdf = DocumentApi.Pdf("exe").Concat(pe).ToArray();
        var before = await StateAsync();
        using var response = await clerk.PostAsync("/api/v1/incoming-documents",
            DocumentApi.Form(DocumentApi.IncomingFields("Văn bản mang tệp chạy", $"98/EXE-{Guid.NewGuid():N}"[..16]), ("files", "cong-van.pdf", pdf)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("JavaScript", (await response.ReadAsync()).GetProperty("errors").GetProperty("files")[0].GetString());
        Assert.Equal(before, await StateAsync());
    }

    /// <summary>A well-formed DOCX whose document.xml inflates to <paramref name="inflatedBytes"/> of one letter.</summary>
    private static byte[] DocxBomb(long inflatedBytes)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Write(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            using var document = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            document.Write("""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>"""u8);
            var chunk = new byte[1024 * 1024];
            Array.Fill(chunk, (byte)'A');
            for (long written = 0; written < inflatedBytes; written += chunk.Length)
            {
                document.Write(chunk);
            }
            document.Write("</w:t></w:r></w:p></w:body></w:document>"u8);
        }
        return buffer.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }
}

using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Saas.Files.Storage;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Files;

/// <summary>
/// The S3 file store against a real S3-compatible server over HTTP (s3rver, started by test.sh; MinIO is not packaged
/// for Debian): content-addressed put, read, existence, de-duplication, delete; then a whole host configured with
/// <c>Files:Store=s3</c> storing and serving a document's attachment.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class S3FileStoreTests(PlatformFixture platform)
{
    private static readonly string[] S3Args =
    [
        "--Files:Store", "s3", "--Files:S3:ServiceUrl", TestEnvironment.S3, "--Files:S3:Bucket", "saas-it",
        "--Files:S3:AccessKey", "S3RVER", "--Files:S3:SecretKey", "S3RVER", "--Files:S3:ForcePathStyle", "true",
    ];

    [Fact]
    public async Task Blobs_are_stored_once_by_their_hash_read_back_and_deleted()
    {
        using var store = new S3FileStore(Options.Create(new FileStoreOptions
        {
            Store = FileStoreOptions.S3Store,
            TempRoot = Path.Combine(TestEnvironment.Work, "s3-temp"),
            S3 = new S3StoreOptions { ServiceUrl = TestEnvironment.S3, Bucket = "saas-it", AccessKey = "S3RVER", SecretKey = "S3RVER", ForcePathStyle = true },
        }));
        var bytes = DocumentApi.Pdf("s3-" + Guid.NewGuid());
        var expected = Convert.ToHexStringLower(SHA256.HashData(bytes));

        var first = await store.PutAsync(new MemoryStream(bytes), CancellationToken.None);
        var second = await store.PutAsync(new MemoryStream(bytes), CancellationToken.None);
        Assert.Equal(expected, first.Sha256);
        Assert.Equal(first, second);
        Assert.True(await store.ExistsAsync(expected, CancellationToken.None));
        await using (var read = await store.OpenReadAsync(expected, CancellationToken.None))
        using (var copy = new MemoryStream())
        {
            Assert.NotNull(read);
            await read.CopyToAsync(copy);
            Assert.Equal(bytes, copy.ToArray());
        }

        await store.DeleteAsync(expected, CancellationToken.None);
        Assert.False(await store.ExistsAsync(expected, CancellationToken.None));
        Assert.Null(await store.OpenReadAsync(expected, CancellationToken.None));
    }

    [Fact]
    public async Task A_host_configured_for_s3_keeps_and_serves_attachments_there()
    {
        _ = platform;
        await using var host = await HostProcess.StartAsync("s3-host", 18131,
            [.. TestEnvironment.HostArgs(PlatformFixture.Database), "--Scheduling:Enabled", "false", .. S3Args]);
        using var clerk = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        clerk.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await Tokens.ForAsync("vanthu.ubnd"));
        var bytes = DocumentApi.Pdf("s3-attachment-" + Guid.NewGuid());
        var doc = await DocumentApi.CreateIncomingAsync(clerk, "Văn bản lưu trên kho S3", $"7/UBND-{Guid.NewGuid():N}"[..18], ("files", "ban-quet.pdf", bytes));
        var attachment = doc.GetProperty("attachments")[0];

        using var response = await clerk.GetAsync(attachment.GetProperty("download").GetString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());

        using var store = new S3FileStore(Options.Create(new FileStoreOptions
        {
            Store = FileStoreOptions.S3Store,
            S3 = new S3StoreOptions { ServiceUrl = TestEnvironment.S3, Bucket = "saas-it", AccessKey = "S3RVER", SecretKey = "S3RVER", ForcePathStyle = true },
        }));
        Assert.True(await store.ExistsAsync(Convert.ToHexStringLower(SHA256.HashData(bytes)), CancellationToken.None));
        Assert.False(File.Exists(Path.Combine(TestEnvironment.FilesRoot, S3FileStore.KeyFor(Convert.ToHexStringLower(SHA256.HashData(bytes))))));
    }
}

using System.Security.Cryptography;
using System.Text;
using Saas.Files.Storage;

namespace Saas.Files.Tests;

public sealed class LocalFileStoreTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly LocalFileStore store;

    public LocalFileStoreTests() => store = new LocalFileStore(folder.Sub("store"));

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Put_then_read_round_trips_under_the_fan_out_path()
    {
        var content = Encoding.UTF8.GetBytes(Samples.Vietnamese);
        var expected = Convert.ToHexStringLower(SHA256.HashData(content));

        var stored = await store.PutAsync(new ForwardOnlyStream(new MemoryStream(content)), CancellationToken.None);

        Assert.Equal(new StoredFile(expected, content.Length), stored);
        Assert.True(await store.ExistsAsync(expected, CancellationToken.None));
        Assert.True(File.Exists(Path.Combine(store.Root, expected[..2], expected[2..4], expected)));
        await using var read = await store.OpenReadAsync(expected, CancellationToken.None);
        Assert.NotNull(read);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        Assert.Equal(content, copy.ToArray());
    }

    [Fact]
    public async Task Same_content_is_stored_once_and_different_content_twice()
    {
        var first = await store.PutAsync(new MemoryStream("một"u8.ToArray()), CancellationToken.None);
        var again = await store.PutAsync(new MemoryStream("một"u8.ToArray()), CancellationToken.None);
        Assert.Equal(first, again);
        Assert.Single(BlobFiles());

        var other = await store.PutAsync(new MemoryStream("hai"u8.ToArray()), CancellationToken.None);
        Assert.NotEqual(first.Sha256, other.Sha256);
        Assert.Equal(2, BlobFiles().Length);
        Assert.Empty(TempFolder.FilesUnder(Path.Combine(store.Root, ".tmp")));
    }

    [Fact]
    public async Task Concurrent_puts_of_the_same_content_leave_one_complete_file()
    {
        var content = RandomNumberGenerator.GetBytes(512 * 1024);
        var expected = Convert.ToHexStringLower(SHA256.HashData(content));

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ =>
            Task.Run(() => store.PutAsync(new MemoryStream(content), CancellationToken.None))));

        Assert.All(results, r => Assert.Equal(expected, r.Sha256));
        var blob = Assert.Single(BlobFiles());
        Assert.Equal(content, await File.ReadAllBytesAsync(blob));
        Assert.Empty(TempFolder.FilesUnder(Path.Combine(store.Root, ".tmp")));
    }

    [Fact]
    public async Task Missing_blobs_read_as_null_and_delete_is_idempotent()
    {
        var missing = new string('a', 64);
        Assert.Null(await store.OpenReadAsync(missing, CancellationToken.None));
        Assert.False(await store.ExistsAsync(missing, CancellationToken.None));
        await store.DeleteAsync(missing, CancellationToken.None);

        var stored = await store.PutAsync(new MemoryStream([1, 2, 3]), CancellationToken.None);
        await store.DeleteAsync(stored.Sha256, CancellationToken.None);
        Assert.False(await store.ExistsAsync(stored.Sha256, CancellationToken.None));
        Assert.Empty(BlobFiles());
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789")]
    [InlineData("abc")]
    public async Task Anything_but_a_lower_case_sha256_is_refused(string address)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => store.OpenReadAsync(address, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => store.ExistsAsync(address, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => store.DeleteAsync(address, CancellationToken.None));
    }

    private string[] BlobFiles() =>
        TempFolder.FilesUnder(store.Root).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}.tmp{Path.DirectorySeparatorChar}")).ToArray();
}

using Saas.Files.Storage;

namespace Saas.Files.Tests;

/// <summary>No S3 server exists here: only what needs none (key layout, client configuration).</summary>
public sealed class S3FileStoreTests
{
    private const string Hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    [Fact]
    public void Keys_fan_out_by_the_first_two_bytes_of_the_hash()
    {
        Assert.Equal($"9f/86/{Hash}", S3FileStore.KeyFor(Hash));
    }

    [Fact]
    public void Keys_refuse_anything_but_a_sha256()
    {
        Assert.Throws<ArgumentException>(() => S3FileStore.KeyFor("../" + Hash[3..]));
    }

    [Fact]
    public void An_s3_compatible_server_is_addressed_by_url_and_path_style()
    {
        var config = S3FileStore.CreateConfig(new S3StoreOptions
        {
            ServiceUrl = "http://127.0.0.1:9000",
            Region = "vn-hanoi-1",
            ForcePathStyle = true,
        });

        Assert.StartsWith("http://127.0.0.1:9000", config.ServiceURL);
        Assert.Equal("vn-hanoi-1", config.AuthenticationRegion);
        Assert.True(config.ForcePathStyle);
        Assert.Equal(Amazon.Runtime.RequestChecksumCalculation.WHEN_REQUIRED, config.RequestChecksumCalculation);
    }

    [Fact]
    public void A_store_without_a_bucket_fails_fast()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new FileStoreOptions
        {
            Store = "s3",
            S3 = new S3StoreOptions { ServiceUrl = "http://127.0.0.1:9000", AccessKey = "k", SecretKey = "s" },
        });
        Assert.Throws<InvalidOperationException>(() => new S3FileStore(options));
    }
}

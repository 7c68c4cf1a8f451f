using System.Net;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Options;

namespace Saas.Files.Storage;

/// <summary>
/// Blobs in an S3-compatible bucket under the key <c>aa/bb/&lt;sha256&gt;</c>.
/// Tested against s3rver (an S3-compatible server from npm) by the integration tests; MinIO, Ceph and AWS itself were
/// not available to test here.
/// </summary>
public sealed class S3FileStore : IFileStore, IDisposable
{
    private readonly IAmazonS3 client;
    private readonly string bucket;
    private readonly string tempRoot;

    public S3FileStore(IOptions<FileStoreOptions> options)
        : this(CreateClient(options.Value.S3), options.Value.S3.Bucket, options.Value.ResolvedTempRoot)
    {
    }

    internal S3FileStore(IAmazonS3 client, string bucket, string tempRoot)
    {
        if (string.IsNullOrWhiteSpace(bucket))
        {
            throw new InvalidOperationException("Files:S3:Bucket must be configured for the S3 file store.");
        }
        this.client = client;
        this.bucket = bucket;
        this.tempRoot = tempRoot;
    }

    public static string KeyFor(string sha256) => ContentAddress.RelativeKey(sha256);

    public async Task<StoredFile> PutAsync(Stream content, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        // The key is the hash, so the content must be hashed before the upload starts: a seekable stream is
        // read twice, anything else is spooled to a temp file that the OS deletes on close.
        if (content.CanSeek)
        {
            var start = content.Position;
            var hashed = await HashingCopy.CopyAsync(content, Stream.Null, long.MaxValue, ct);
            content.Position = start;
            return await UploadAsync(content, hashed, ct);
        }

        Directory.CreateDirectory(tempRoot);
        var spoolPath = Path.Combine(tempRoot, $"{Guid.NewGuid():N}.s3spool");
        await using var spool = new FileStream(spoolPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1,
            FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        var copied = await HashingCopy.CopyAsync(content, spool, long.MaxValue, ct);
        spool.Position = 0;
        return await UploadAsync(spool, copied, ct);
    }

    public async Task<Stream?> OpenReadAsync(string sha256, CancellationToken ct)
    {
        var key = KeyFor(sha256);
        try
        {
            // Disposing the response stream releases the HTTP connection, so the caller owns it like a file.
            var response = await client.GetObjectAsync(bucket, key, ct);
            return response.ResponseStream;
        }
        catch (AmazonS3Exception e) when (IsNotFound(e))
        {
            return null;
        }
    }

    public async Task<bool> ExistsAsync(string sha256, CancellationToken ct)
    {
        var key = KeyFor(sha256);
        try
        {
            await client.GetObjectMetadataAsync(bucket, key, ct);
            return true;
        }
        catch (AmazonS3Exception e) when (IsNotFound(e))
        {
            return false;
        }
    }

    public async Task DeleteAsync(string sha256, CancellationToken ct)
    {
        // S3 deletes are idempotent: deleting a missing key succeeds.
        await client.DeleteObjectAsync(bucket, KeyFor(sha256), ct);
    }

    public void Dispose() => client.Dispose();

    internal static AmazonS3Config CreateConfig(S3StoreOptions options)
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = options.ForcePathStyle,
            // Newer SDKs add CRC trailers to every request by default; many S3-compatible servers reject them.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (string.IsNullOrWhiteSpace(options.ServiceUrl))
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(options.Region);
        }
        else
        {
            config.ServiceURL = options.ServiceUrl;
            config.AuthenticationRegion = options.Region;
        }
        return config;
    }

    private static AmazonS3Client CreateClient(S3StoreOptions options)
    {
        // Checked here as well as in the constructor so no client is created (and leaked) for a bad configuration.
        if (string.IsNullOrWhiteSpace(options.Bucket))
        {
            throw new InvalidOperationException("Files:S3:Bucket must be configured for the S3 file store.");
        }
        var config = CreateConfig(options);
        return string.IsNullOrEmpty(options.AccessKey)
            ? new AmazonS3Client(config)
            : new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey), config);
    }

    private async Task<StoredFile> UploadAsync(Stream body, HashingCopyResult hashed, CancellationToken ct)
    {
        var stored = new StoredFile(hashed.Sha256, hashed.Length);
        if (await ExistsAsync(hashed.Sha256, ct))
        {
            return stored;
        }
        await client.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket,
            Key = KeyFor(hashed.Sha256),
            InputStream = body,
            AutoCloseStream = false,
            ContentType = "application/octet-stream",
            // The SDK's default streaming "aws-chunked" upload is stored verbatim (chunk headers included) by some
            // S3-compatible servers, s3rver among them; the body is seekable here, so sign it whole instead.
            UseChunkEncoding = false,
        }, ct);
        return stored;
    }

    private static bool IsNotFound(AmazonS3Exception e) =>
        e.StatusCode == HttpStatusCode.NotFound || e.ErrorCode is "NoSuchKey" or "NotFound";
}

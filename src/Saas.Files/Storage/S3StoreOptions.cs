namespace Saas.Files.Storage;

/// <summary>The <c>Files:S3</c> section: any S3-compatible server (MinIO, Ceph, a provider's object storage).</summary>
public sealed class S3StoreOptions
{
    /// <summary>Endpoint of an S3-compatible server; empty means AWS itself, addressed by <see cref="Region"/>.</summary>
    public string ServiceUrl { get; set; } = string.Empty;

    public string Bucket { get; set; } = string.Empty;

    public string Region { get; set; } = "us-east-1";

    /// <summary>Empty keys fall back to the SDK's default credential chain (environment, instance role).</summary>
    public string AccessKey { get; set; } = string.Empty;

    public string SecretKey { get; set; } = string.Empty;

    /// <summary>Most self-hosted servers need <c>host/bucket/key</c> URLs because they have no wildcard DNS.</summary>
    public bool ForcePathStyle { get; set; } = true;
}

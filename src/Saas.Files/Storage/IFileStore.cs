namespace Saas.Files.Storage;

/// <summary>
/// Content-addressed blob storage shared by all tenants. The store knows nothing about tenants or documents:
/// which tenant may read which hash is decided by the metadata that references it, so never expose the store
/// to callers by hash alone.
/// </summary>
public interface IFileStore
{
    /// <summary>Stores the content (hashing while copying) and returns its address; identical content is stored once.</summary>
    Task<StoredFile> PutAsync(Stream content, CancellationToken ct);

    /// <summary>Opens the blob for reading, or null when there is none.</summary>
    Task<Stream?> OpenReadAsync(string sha256, CancellationToken ct);

    Task<bool> ExistsAsync(string sha256, CancellationToken ct);

    /// <summary>
    /// Removes the blob; a no-op when it is absent. Because identical content is shared, callers must first make
    /// sure no other document (of any tenant) still references the hash.
    /// </summary>
    Task DeleteAsync(string sha256, CancellationToken ct);
}

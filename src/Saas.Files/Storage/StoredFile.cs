namespace Saas.Files.Storage;

/// <summary>A blob in the store: its SHA-256 (lower-case hex) is its address.</summary>
public sealed record StoredFile(string Sha256, long Length);

using System.Buffers;
using System.Security.Cryptography;

namespace Saas.Files.Storage;

/// <summary>Copies a stream while hashing and counting, so content is read exactly once.</summary>
internal static class HashingCopy
{
    // Below the large-object-heap threshold, like Stream.CopyTo's default.
    private const int BufferSize = 81920;

    /// <summary>
    /// Copies until the end of <paramref name="source"/>, or stops as soon as more than <paramref name="maxBytes"/>
    /// were read (then <see cref="HashingCopyResult.Exceeded"/> is true and nothing past the limit is written).
    /// </summary>
    public static async Task<HashingCopyResult> CopyAsync(Stream source, Stream destination, long maxBytes, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            long total = 0;
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, BufferSize), ct)) > 0)
            {
                total += read;
                if (total > maxBytes)
                {
                    return new HashingCopyResult(string.Empty, total, Exceeded: true);
                }
                hash.AppendData(buffer, 0, read);
                await destination.WriteAsync(buffer.AsMemory(0, read), ct);
            }
            return new HashingCopyResult(Convert.ToHexStringLower(hash.GetHashAndReset()), total, Exceeded: false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

internal readonly record struct HashingCopyResult(string Sha256, long Length, bool Exceeded);
